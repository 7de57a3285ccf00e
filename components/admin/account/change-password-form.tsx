"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { TextInput } from "@/components/ui/text-input";
import type { FormAction } from "@/lib/forms/form-state";
import { SubmitButton } from "@/components/ui/button";

export function ChangePasswordForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-5">
      <Field id="currentPassword" label="Current password" error={state.errors?.currentPassword}>
        {(control) => <TextInput {...control} name="currentPassword" type="password" autoComplete="current-password" maxLength={128} required />}
      </Field>
      <Field id="newPassword" label="New password" hint="At least 12 characters, not a common password, not your email or name. A few unrelated words make a good one." error={state.errors?.newPassword}>
        {(control) => <TextInput {...control} name="newPassword" type="password" autoComplete="new-password" maxLength={128} required />}
      </Field>
      <FormMessage ok={state.ok} message={state.message} answer={state} />
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Change password
      </SubmitButton>
    </form>
  );
}
