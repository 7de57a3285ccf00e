"use client";

import { useActionState } from "react";
import { changePassword } from "@/app/admin/(panel)/account/actions";
import { Field } from "./field";

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changePassword, {});
  return (
    <form action={action} className="space-y-5">
      <Field name="currentPassword" label="Current password" type="password" autoComplete="current-password" maxLength={128} required errors={state.errors?.currentPassword} />
      <Field name="newPassword" label="New password" type="password" autoComplete="new-password" maxLength={128} required hint="At least 12 characters." errors={state.errors?.newPassword} />
      {state.message && <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">{state.message}</p>}
      <button type="submit" disabled={pending} className="rounded-md bg-brand-800 px-4 py-2.5 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
        {pending ? "Saving…" : "Change password"}
      </button>
    </form>
  );
}
