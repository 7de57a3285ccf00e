"use client";

import { useActionState } from "react";
import { addEditor, resetPassword } from "@/app/admin/(panel)/users/actions";
import { Field } from "./field";

export function AddEditorForm() {
  const [state, action, pending] = useActionState(addEditor, {});
  return (
    <form action={action} className="space-y-4">
      <Field name="name" label="Name" maxLength={120} required defaultValue={state.values?.name} errors={state.errors?.name} />
      <Field name="email" label="Email" type="email" maxLength={254} required defaultValue={state.values?.email} errors={state.errors?.email} />
      <Field name="password" label="Password" type="password" autoComplete="new-password" maxLength={128} required hint="At least 12 characters. Give it to them in person or by phone." errors={state.errors?.password} />
      {state.message && <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">{state.message}</p>}
      <button type="submit" disabled={pending} className="rounded-md bg-brand-800 px-4 py-2.5 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
        {pending ? "Adding…" : "Add editor"}
      </button>
    </form>
  );
}

export function ResetPasswordForm({ userId, name }: { userId: number; name: string }) {
  const [state, action, pending] = useActionState(resetPassword, {});
  const id = `reset-${userId}`;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="userId" value={userId} />
      <div>
        <label htmlFor={id} className="block text-slate-700">
          New password for {name}
        </label>
        <input id={id} name="password" type="password" autoComplete="new-password" maxLength={128} required
          aria-describedby={state.errors?.password ? `${id}-error` : undefined}
          className="mt-1 rounded border border-slate-400 px-2 py-1.5" />
      </div>
      <button type="submit" disabled={pending} className="rounded border border-slate-400 px-3 py-1.5 hover:border-brand-700">
        Set password
      </button>
      {state.errors?.password && <p id={`${id}-error`} className="w-full text-red-700">{state.errors.password.join(" ")}</p>}
      {state.message && <p role="status" className="w-full text-green-900">{state.message}</p>}
    </form>
  );
}
