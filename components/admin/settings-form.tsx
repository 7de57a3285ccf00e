"use client";

import { useActionState } from "react";
import { saveSettings } from "@/app/admin/(panel)/settings/actions";
import { Field } from "./field";

const lines: { name: string; label: string; hint?: string; max: number }[] = [
  { name: "firmName", label: "Firm name", max: 120 },
  { name: "tagline", label: "Tagline", max: 200 },
  { name: "attorneyName", label: "Attorney", max: 120 },
  { name: "phone", label: "Phone", max: 40 },
  { name: "email", label: "Public email", max: 254 },
  { name: "hours", label: "Hours", max: 200 },
  { name: "state", label: "State", hint: "Used in the post disclaimer: “reviewed for {state} law only”.", max: 60 },
  { name: "timeZone", label: "Time zone", hint: "For example America/Chicago or America/New_York.", max: 60 },
];

const areas: { name: string; label: string; hint?: string; max: number; rows: number }[] = [
  { name: "intro", label: "Introduction on the home page", max: 1000, rows: 4 },
  { name: "address", label: "Address", max: 400, rows: 3 },
  { name: "practiceAreas", label: "Practice areas", hint: "One per line.", max: 2000, rows: 6 },
  { name: "siteDisclaimer", label: "Site disclaimer (footer)", max: 2000, rows: 4 },
  { name: "postDisclaimer", label: "Default post disclaimer", hint: "{state} is replaced with the state above.", max: 2000, rows: 3 },
];

export function SettingsForm({ initial }: { initial: Record<string, string> }) {
  const [state, action, pending] = useActionState(saveSettings, { values: initial });
  const values = state.values ?? initial;
  return (
    <form action={action} className="space-y-5">
      {lines.map((field) => (
        <Field key={field.name} name={field.name} label={field.label} hint={field.hint} maxLength={field.max} defaultValue={values[field.name]} errors={state.errors?.[field.name]} />
      ))}
      {areas.map((field) => (
        <div key={field.name}>
          <label htmlFor={field.name} className="block font-medium text-slate-800">{field.label}</label>
          {field.hint && <p id={`${field.name}-hint`} className="text-sm text-slate-600">{field.hint}</p>}
          <textarea id={field.name} name={field.name} rows={field.rows} maxLength={field.max} defaultValue={values[field.name]}
            aria-invalid={state.errors?.[field.name] ? true : undefined}
            aria-describedby={[field.hint && `${field.name}-hint`, state.errors?.[field.name] && `${field.name}-error`].filter(Boolean).join(" ") || undefined}
            className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base" />
          {state.errors?.[field.name] && <p id={`${field.name}-error`} className="mt-1 text-sm text-red-700">{state.errors[field.name]!.join(" ")}</p>}
        </div>
      ))}
      {state.message && (
        <p role="status" className={state.ok ? "rounded-md bg-green-50 p-3 text-green-900" : "rounded-md bg-red-50 p-3 text-red-800"}>{state.message}</p>
      )}
      <button type="submit" disabled={pending} className="rounded-md bg-brand-800 px-4 py-2.5 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
        {pending ? "Saving…" : "Save settings"}
      </button>
    </form>
  );
}
