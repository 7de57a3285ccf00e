"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { TextInput } from "@/components/ui/text-input";
import type { FormAction } from "@/lib/forms/form-state";
import { SubmitButton } from "@/components/ui/button";

export function SetupForm({ action, token }: { action: FormAction; token: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="mt-8 space-y-5">
      <input type="hidden" name="token" value={token} />
      <Field id="name" label="Your name" error={state.errors?.name}>
        {(control) => <TextInput {...control} name="name" autoComplete="name" maxLength={120} required defaultValue={state.values?.name} />}
      </Field>
      <Field id="email" label="Email" error={state.errors?.email}>
        {(control) => <TextInput {...control} name="email" type="email" autoComplete="username" maxLength={254} required defaultValue={state.values?.email} />}
      </Field>
      <Field id="password" label="Password" hint="At least 12 characters. A short sentence is easy to remember." error={state.errors?.password}>
        {(control) => <TextInput {...control} name="password" type="password" autoComplete="new-password" maxLength={128} required />}
      </Field>
      <FormMessage ok={state.ok} message={state.message} answer={state} />
      <SubmitButton pending={pending} pendingLabel="Creating…" className="w-full">
        Create account
      </SubmitButton>
    </form>
  );
}
