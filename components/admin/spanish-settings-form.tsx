"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Textarea } from "@/components/ui/textarea";
import { TextInput } from "@/components/ui/text-input";
import type { FormAction } from "@/lib/forms/form-state";

type Values = Record<"esTagline" | "esIntro" | "esResponsePromise" | "esAfterHoursInstructions" | "esSiteDisclaimer" | "esPostDisclaimer" | "esConsentText", string>;

const FIELDS: { name: keyof Values; label: string; hint?: string; rows?: number }[] = [
  { name: "esTagline", label: "Tagline (home page)" },
  { name: "esIntro", label: "Introduction (home page)", rows: 4 },
  { name: "esResponsePromise", label: "When you answer", hint: "Ends the sentence “Nos comunicaremos con usted …”, for example “por lo general en un día hábil”." },
  { name: "esAfterHoursInstructions", label: "Outside office hours (contact page)", rows: 3 },
  { name: "esSiteDisclaimer", label: "Advertising statement (footer and contact form)", rows: 4 },
  { name: "esPostDisclaimer", label: "Disclaimer under each post", hint: "{state} becomes the firm's state.", rows: 3 },
  { name: "esConsentText", label: "Contact form notice people agree to", hint: "Each inquiry keeps the exact text its sender agreed to, and its language.", rows: 5 },
];

/** The Spanish site's own words and notices, written by the firm (the admin itself stays in English). */
export function SpanishSettingsForm({ action, initial }: { action: FormAction; initial: Values }) {
  const [state, formAction, pending] = useActionState(action, {});
  const values = { ...initial, ...state.values } as Values;
  return (
    <form action={formAction} className="space-y-5">
      {FIELDS.map((field) => (
        <Field key={field.name} id={`setting-${field.name}`} label={field.label} hint={field.hint} error={state.errors?.[field.name]}>
          {(control) =>
            field.rows ? (
              <Textarea {...control} lang="es" name={field.name} rows={field.rows} maxLength={2000} defaultValue={values[field.name]} />
            ) : (
              <TextInput {...control} lang="es" name={field.name} maxLength={200} defaultValue={values[field.name]} />
            )
          }
        </Field>
      ))}
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Save the Spanish settings
      </SubmitButton>
      <FormMessage ok={state.ok} message={state.message} answer={state} />
    </form>
  );
}
