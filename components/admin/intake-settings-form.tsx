"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";

type Props = { action: (state: FormState, form: FormData) => Promise<FormState>; initial: Record<string, string> };

const inputClass = "mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base aria-invalid:border-red-600";

export function IntakeSettingsForm({ action, initial }: Props) {
  const [state, formAction, pending] = useActionState(action, { values: initial });
  const values = state.values ?? initial;
  const error = (name: string) =>
    state.errors?.[name] ? (
      <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
        {state.errors[name]!.join(" ")}
      </p>
    ) : null;
  const describedBy = (name: string, hint?: string) => [hint, state.errors?.[name] && `${name}-error`].filter(Boolean).join(" ") || undefined;
  // A new answer re-mounts the fields with what the server sent back.
  return (
    <form key={JSON.stringify(values)} action={formAction} className="space-y-5">
      <div>
        <label htmlFor="intakeConsentText" className="block font-medium text-slate-800">
          Notice above the form’s Send button
        </label>
        <p id="intakeConsentText-hint" className="text-sm text-slate-600">
          That sending the form does not make them a client, and not to send confidential details yet.
        </p>
        <textarea id="intakeConsentText" name="intakeConsentText" rows={5} defaultValue={values.intakeConsentText} required
          aria-invalid={state.errors?.intakeConsentText ? true : undefined} aria-describedby={describedBy("intakeConsentText", "intakeConsentText-hint")} className={inputClass} />
        {error("intakeConsentText")}
      </div>
      <div>
        <label htmlFor="intakeCounties" className="block font-medium text-slate-800">
          Counties the form offers
        </label>
        <p id="intakeCounties-hint" className="text-sm text-slate-600">
          One per line. “Other, or not sure” is always offered too.
        </p>
        <textarea id="intakeCounties" name="intakeCounties" rows={8} defaultValue={values.intakeCounties}
          aria-invalid={state.errors?.intakeCounties ? true : undefined} aria-describedby={describedBy("intakeCounties", "intakeCounties-hint")} className={inputClass} />
        {error("intakeCounties")}
      </div>
      <div>
        <label htmlFor="inquiryRetentionMonths" className="block font-medium text-slate-800">
          Delete closed, declined and spam inquiries after (months)
        </label>
        <p id="inquiryRetentionMonths-hint" className="text-sm text-slate-600">
          Checked once a day. 0 keeps them.
        </p>
        <input id="inquiryRetentionMonths" name="inquiryRetentionMonths" inputMode="numeric" defaultValue={values.inquiryRetentionMonths}
          aria-invalid={state.errors?.inquiryRetentionMonths ? true : undefined} aria-describedby={describedBy("inquiryRetentionMonths", "inquiryRetentionMonths-hint")}
          className={`${inputClass} max-w-32`} />
        {error("inquiryRetentionMonths")}
      </div>
      <div className="flex items-start gap-3">
        <input id="intakeAcknowledgement" name="intakeAcknowledgement" type="checkbox" value="yes" defaultChecked={values.intakeAcknowledgement === "yes"}
          aria-describedby="intakeAcknowledgement-hint" className="mt-0.5 size-6 shrink-0 accent-brand-700" />
        <div>
          <label htmlFor="intakeAcknowledgement" className="font-medium text-slate-800">
            Mail the person that we received their message
          </label>
          <p id="intakeAcknowledgement-hint" className="text-sm text-slate-600">
            When they gave an email address. The mail says only that it was received, with its reference.
          </p>
        </div>
      </div>
      {state.message && (
        <p role="status" className={state.ok ? "rounded-md bg-green-50 p-3 text-green-900" : "rounded-md bg-red-50 p-3 text-red-800"}>
          {state.message}
        </p>
      )}
      <button type="submit" disabled={pending} className="min-h-11 rounded-md bg-brand-800 px-4 py-2.5 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
        {pending ? "Saving…" : "Save intake settings"}
      </button>
    </form>
  );
}
