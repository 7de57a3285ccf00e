"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Textarea } from "@/components/ui/textarea";
import { TextInput } from "@/components/ui/text-input";
import type { FormAction } from "@/lib/form-state";
import type { SettingsField } from "@/lib/settings-form";

type FieldSpec = { name: SettingsField; label: string; hint?: string; rows?: number };

// One line each, then the longer texts (rows): the form's order, and the error summary's.
const FIELDS: FieldSpec[] = [
  { name: "firmName", label: "Firm name" },
  { name: "tagline", label: "Tagline" },
  { name: "attorneyName", label: "Attorney" },
  { name: "phone", label: "Phone" },
  { name: "email", label: "Public email" },
  { name: "hours", label: "Hours" },
  { name: "state", label: "State", hint: "Used in the post disclaimer: “reviewed for {state} law only”." },
  { name: "timeZone", label: "Time zone", hint: "For example America/Chicago or America/New_York." },
  { name: "intro", label: "Introduction on the home page", rows: 4 },
  { name: "address", label: "Address", rows: 3 },
  { name: "practiceAreas", label: "Practice areas", hint: "One per line.", rows: 6 },
  { name: "siteDisclaimer", label: "Site disclaimer (footer)", rows: 4 },
  { name: "postDisclaimer", label: "Default post disclaimer", hint: "{state} is replaced with the state above.", rows: 3 },
];

type Props = {
  action: FormAction<SettingsField>;
  initial: Record<SettingsField, string>;
  /** From the settings schema (lib/settings-form.ts), so the limits live in one place. */
  maxLengths: Partial<Record<SettingsField, number>>;
};

export function SettingsForm({ action, initial, maxLengths }: Props) {
  const [state, formAction, pending] = useActionState(action, { values: initial });
  const values = state.values ?? initial;
  const errors = state.errors ?? {};
  const problems = FIELDS.filter((field) => errors[field.name]);
  return (
    <form action={formAction} className="space-y-5">
      {problems.length > 0 && (
        <ErrorSummary id="settings-problems" errors={problems.map((field) => ({ href: `#${field.name}`, message: errors[field.name]! }))} focusKey={state} />
      )}
      {FIELDS.map((field) => (
        <Field key={field.name} id={field.name} label={field.label} hint={field.hint} error={errors[field.name]}>
          {(control) =>
            field.rows ? (
              <Textarea {...control} name={field.name} rows={field.rows} maxLength={maxLengths[field.name]} defaultValue={values[field.name]} />
            ) : (
              <TextInput {...control} name={field.name} maxLength={maxLengths[field.name]} defaultValue={values[field.name]} />
            )
          }
        </Field>
      ))}
      <FormMessage ok={state.ok} message={state.message} />
      <button type="submit" disabled={pending} className="rounded-md bg-brand-800 px-4 py-2.5 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
        {pending ? "Saving…" : "Save settings"}
      </button>
    </form>
  );
}
