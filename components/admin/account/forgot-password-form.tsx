"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { TextInput } from "@/components/ui/text-input";
import type { FormAction } from "@/lib/forms/form-state";

/** "Forgot your password?": the account's email, and the same answer whoever types it. */
export function ForgotPasswordForm({ action }: { action: FormAction<"email"> }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="mt-8 space-y-5" noValidate>
      <Field id="email" label="Email" hint="The address you sign in with." error={state.errors?.email}>
        {(control) => <TextInput {...control} name="email" type="email" autoComplete="username" maxLength={254} required defaultValue={state.values?.email} />}
      </Field>
      <FormMessage ok={state.ok} message={state.message} answer={state} />
      <SubmitButton pending={pending} pendingLabel="Sending…" className="w-full">
        Send me a link
      </SubmitButton>
    </form>
  );
}
