"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { TextInput } from "@/components/ui/text-input";
import type { FormAction } from "@/lib/forms/form-state";

/** "Confirm it's you" before changing second factors: the current password or a code from the app. */
export function ConfirmItsYouForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3 rounded-md border border-slate-300 p-4">
      <h3 className="text-lg font-semibold text-brand-900">Confirm it’s you</h3>
      <p className="text-slate-700">Changing your second factors or recovery codes needs your password again (or a code from your authenticator app). It then works for 10 minutes.</p>
      <Field id="step-up-secret" label="Your password or app code" error={state.errors?.secret}>
        {(control) => <TextInput {...control} name="secret" type="password" autoComplete="current-password" maxLength={128} required />}
      </Field>
      <FormMessage ok={state.ok} message={state.message} />
      <SubmitButton pending={pending} pendingLabel="Checking…">
        Confirm
      </SubmitButton>
    </form>
  );
}
