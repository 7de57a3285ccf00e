"use client";

import { useActionState } from "react";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Textarea } from "@/components/ui/textarea";
import { TextInput } from "@/components/ui/text-input";
import type { FormAction } from "@/lib/forms/form-state";
import type { IntakeSettingsField } from "@/lib/inquiries/intake-settings-form";
import { SubmitButton } from "@/components/ui/button";

type Props = {
  action: FormAction<IntakeSettingsField>;
  initial: Record<IntakeSettingsField, string>;
  /** From the intake settings schema (lib/inquiries/intake-settings-form.ts). */
  maxLengths: Partial<Record<IntakeSettingsField, number>>;
};

// The form's order, for the error summary.
const ORDER: IntakeSettingsField[] = ["intakeConsentText", "intakeMatterTypes", "intakeCounties", "inquiryRetentionMonths", "intakeAcknowledgement"];

export function IntakeSettingsForm({ action, initial, maxLengths }: Props) {
  const [state, formAction, pending] = useActionState(action, { values: initial });
  const values = state.values ?? initial;
  const errors = state.errors ?? {};
  const problems = ORDER.filter((name) => errors[name]);
  // A new answer re-mounts the fields with what the server sent back.
  return (
    <form key={JSON.stringify(values)} action={formAction} className="space-y-5">
      {problems.length > 0 && (
        <ErrorSummary id="intake-settings-problems" errors={problems.map((name) => ({ href: `#${name}`, message: errors[name]! }))} focusKey={state} />
      )}
      <Field
        id="intakeConsentText"
        label="Notice above the form’s Send button"
        hint="That sending the form does not make them a client, and not to send confidential details yet."
        error={errors.intakeConsentText}
      >
        {(control) => (
          <Textarea {...control} name="intakeConsentText" rows={5} required maxLength={maxLengths.intakeConsentText} defaultValue={values.intakeConsentText} />
        )}
      </Field>
      <Field
        id="intakeMatterTypes"
        label="Types of matter the form offers"
        hint="One per line, in the order the form lists them. Earlier inquiries keep the type they were sent with."
        error={errors.intakeMatterTypes}
      >
        {(control) => <Textarea {...control} name="intakeMatterTypes" rows={8} maxLength={maxLengths.intakeMatterTypes} defaultValue={values.intakeMatterTypes} />}
      </Field>
      <Field id="intakeCounties" label="Counties the form offers" hint="One per line. “Other, or not sure” is always offered too." error={errors.intakeCounties}>
        {(control) => <Textarea {...control} name="intakeCounties" rows={8} maxLength={maxLengths.intakeCounties} defaultValue={values.intakeCounties} />}
      </Field>
      <Field
        id="inquiryRetentionMonths"
        label="Delete closed, declined and spam inquiries after (months)"
        hint="Checked once a day. 0 keeps them."
        error={errors.inquiryRetentionMonths}
      >
        {(control) => <TextInput {...control} name="inquiryRetentionMonths" inputMode="numeric" defaultValue={values.inquiryRetentionMonths} className="max-w-32" />}
      </Field>
      <CheckboxField
        id="intakeAcknowledgement"
        name="intakeAcknowledgement"
        value="yes"
        defaultChecked={values.intakeAcknowledgement === "yes"}
        label="Mail the person that we received their message"
        hint="When they gave an email address. The mail says only that it was received, with its reference."
        error={errors.intakeAcknowledgement}
      />
      <FormMessage ok={state.ok} message={state.message} answer={state} />
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Save intake settings
      </SubmitButton>
    </form>
  );
}
