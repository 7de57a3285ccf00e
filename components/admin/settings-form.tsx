"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { TextInput } from "@/components/ui/text-input";
import type { FormAction } from "@/lib/forms/form-state";
import type { SettingsField } from "@/lib/site/settings-form";
import { TIME_ZONES, timeZoneLabel } from "@/lib/dates/time-zones";
import { OpeningHoursFieldset } from "./opening-hours-fieldset";
import { SubmitButton } from "@/components/ui/button";

type FieldSpec = { name: SettingsField; label: string; hint?: string; rows?: number; type?: string };

// The form's order, and the error summary's, in sections.
const SECTIONS: { title: string; fields: FieldSpec[] }[] = [
  {
    title: "The firm",
    fields: [
      { name: "firmName", label: "Firm name" },
      { name: "tagline", label: "Tagline" },
      { name: "phone", label: "Phone", hint: "A US or Canadian number, like (334) 555-0142, with “ext. 12” after it if there is one.", type: "tel" },
      { name: "email", label: "Public email", type: "email" },
      { name: "state", label: "State", hint: "Used in the post disclaimer: “reviewed for {state} law only”." },
      { name: "timeZone", label: "Time zone" },
      { name: "intro", label: "Introduction on the home page", rows: 4 },
      { name: "address", label: "Address", hint: "The contact page links it to directions.", rows: 3 },
      { name: "hours", label: "Hours note", hint: "What the opening hours cannot say, for example “Jail calls answered any time”." },
      { name: "openingHours", label: "Opening hours" },
      {
        name: "practiceAreas",
        label: "Practice areas (plain list)",
        hint: "One per line. The home page shows this list only until you publish practice-area pages (Pages in the menu).",
        rows: 4,
      },
      { name: "socialLinks", label: "Social links", hint: "One full address per line, like https://www.facebook.com/yourfirm. Shown in the footer.", rows: 3 },
    ],
  },
  {
    title: "Contact page",
    fields: [
      { name: "afterHoursInstructions", label: "After-hours instructions", hint: "What to do outside office hours, shown above the contact form.", rows: 3 },
      { name: "responsePromise", label: "When you answer", hint: "Completes “We will contact you …”, for example “usually within one business day”." },
    ],
  },
  {
    title: "Advertising rules",
    fields: [
      { name: "siteDisclaimer", label: "Advertising statement", hint: "In the footer of every page, and beside the contact form's button.", rows: 4 },
      { name: "postDisclaimer", label: "Default post disclaimer", hint: "{state} is replaced with the state above.", rows: 3 },
      {
        name: "restrictedWords",
        label: "Words to check before publishing",
        hint: "One per line. The editor highlights them and warns; it does not block. “certified” is allowed when the author’s profile records a certification.",
        rows: 6,
      },
      { name: "pastResultPhrases", label: "Phrases that state a past result", hint: "One per line. Flagged when the post lacks the results disclaimer.", rows: 5 },
      { name: "resultsDisclaimer", label: "Results disclaimer", hint: "What a post that mentions past results must say.", rows: 2 },
    ],
  },
  {
    title: "Search",
    fields: [
      {
        name: "searchSynonyms",
        label: "Words that mean the same",
        hint: "One group per line, separated by commas, like “bail, bond, bondsman”. A search for one finds the others too.",
        rows: 6,
      },
    ],
  },
  {
    title: "Plain language",
    fields: [
      {
        name: "legalese",
        label: "Legal words and their plain replacements",
        hint: "One per line: legal phrase = plain words, like “prior to = before”. The editor highlights each phrase and offers the plain words with one click. A phrase with a capital inside (“the State”) matches only when written so.",
        rows: 10,
      },
    ],
  },
];

const FIELDS = SECTIONS.flatMap((section) => section.fields);

type Props = {
  action: FormAction<SettingsField>;
  initial: Record<SettingsField, string>;
  /** From the settings schema (lib/site/settings-form.ts), so the limits live in one place. */
  maxLengths: Partial<Record<SettingsField, number>>;
};

export function SettingsForm({ action, initial, maxLengths }: Props) {
  const [state, formAction, pending] = useActionState(action, { values: initial });
  const values = state.values ?? initial;
  const errors = state.errors ?? {};
  const problems = FIELDS.filter((field) => errors[field.name]);
  const zone = values.timeZone ?? "";
  const zones = TIME_ZONES.some((z) => z.zone === zone) ? TIME_ZONES : [{ zone, label: timeZoneLabel(zone) }, ...TIME_ZONES];
  return (
    <form action={formAction} className="space-y-5">
      {problems.length > 0 && (
        <ErrorSummary id="settings-problems" errors={problems.map((field) => ({ href: `#${field.name}`, message: errors[field.name]! }))} focusKey={state} />
      )}
      {SECTIONS.map((section) => (
        <section key={section.title} aria-labelledby={`section-${section.fields[0]!.name}`} className="space-y-5">
          <h2 id={`section-${section.fields[0]!.name}`} className="border-b border-slate-200 pb-1 text-xl font-semibold text-brand-900">
            {section.title}
          </h2>
          {section.fields.map((field) =>
            field.name === "openingHours" ? (
              <OpeningHoursFieldset key={field.name} value={values.openingHours ?? ""} error={errors.openingHours} />
            ) : (
              <Field key={field.name} id={field.name} label={field.label} hint={field.hint} error={errors[field.name]}>
                {(control) =>
                  field.name === "timeZone" ? (
                    <Select {...control} name="timeZone" defaultValue={values.timeZone}>
                      {zones.map((z) => (
                        <option key={z.zone} value={z.zone}>
                          {z.label}
                        </option>
                      ))}
                    </Select>
                  ) : field.rows ? (
                    <Textarea {...control} name={field.name} rows={field.rows} maxLength={maxLengths[field.name]} defaultValue={values[field.name]} />
                  ) : (
                    <TextInput {...control} type={field.type} name={field.name} maxLength={maxLengths[field.name]} defaultValue={values[field.name]} />
                  )
                }
              </Field>
            ),
          )}
        </section>
      ))}
      {/* The form is long (the phone is near the top, the disclaimers far below): its save stays on screen. */}
      <div className="sticky bottom-0 z-10 -mx-4 space-y-2 border-t border-slate-300 bg-white/95 px-4 py-3 shadow-[0_-2px_6px_rgba(0,0,0,0.06)]">
        <FormMessage ok={state.ok} message={state.message} answer={state} />
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save settings
        </SubmitButton>
      </div>
    </form>
  );
}
