"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { TextInput } from "@/components/ui/text-input";
import type { FormAction } from "@/lib/forms/form-state";

/** The new password, from a reset link (its token rides along hidden). */
export function ResetPasswordForm({ action, token }: { action: FormAction<"password" | "token">; token: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="mt-8 space-y-5" noValidate>
      <input type="hidden" name="token" value={token} />
      <Field id="password" label="New password" hint="At least 12 characters. A short sentence is easy to remember." error={state.errors?.password}>
        {(control) => <TextInput {...control} name="password" type="password" autoComplete="new-password" maxLength={128} required />}
      </Field>
      <FormMessage ok={state.ok} message={state.message} answer={state} />
      <SubmitButton pending={pending} pendingLabel="Saving…" className="w-full">
        Set the new password
      </SubmitButton>
    </form>
  );
}
