"use client";

import { useActionState } from "react";
import { createOwner } from "@/app/admin/setup/actions";
import { Field } from "./field";

export function SetupForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(createOwner, {});
  return (
    <form action={action} className="mt-8 space-y-5">
      <input type="hidden" name="token" value={token} />
      <Field name="name" label="Your name" autoComplete="name" maxLength={120} required defaultValue={state.values?.name} errors={state.errors?.name} />
      <Field name="email" label="Email" type="email" autoComplete="username" maxLength={254} required defaultValue={state.values?.email} errors={state.errors?.email} />
      <Field name="password" label="Password" type="password" autoComplete="new-password" maxLength={128} required hint="At least 12 characters. A short sentence is easy to remember." errors={state.errors?.password} />
      {state.message && <p role="status" className="rounded-md bg-red-50 p-3 text-red-800">{state.message}</p>}
      <button type="submit" disabled={pending} className="w-full rounded-md bg-brand-800 px-4 py-3 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
        {pending ? "Creating…" : "Create account"}
      </button>
    </form>
  );
}
