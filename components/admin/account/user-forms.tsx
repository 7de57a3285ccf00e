"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { TextInput } from "@/components/ui/text-input";
import type { FormAction } from "@/lib/forms/form-state";
import { SubmitButton } from "@/components/ui/button";

const smallButton = "rounded border border-slate-500 px-3 py-1.5 hover:border-brand-700 disabled:opacity-60";

export function AddEditorForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-4">
      <Field id="name" label="Name" error={state.errors?.name}>
        {(control) => <TextInput {...control} name="name" maxLength={120} required defaultValue={state.values?.name} />}
      </Field>
      <Field id="email" label="Email" error={state.errors?.email}>
        {(control) => <TextInput {...control} name="email" type="email" maxLength={254} required defaultValue={state.values?.email} />}
      </Field>
      <Field id="password" label="Password" hint="At least 12 characters. Give it to them in person or by phone." error={state.errors?.password}>
        {(control) => <TextInput {...control} name="password" type="password" autoComplete="new-password" maxLength={128} required />}
      </Field>
      <FormMessage ok={state.ok} message={state.message} answer={state} />
      <SubmitButton pending={pending} pendingLabel="Adding…">
        Add editor
      </SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ action, userId, name }: { action: FormAction; userId: number; name: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="userId" value={userId} />
      <Field id={`reset-${userId}`} label={`New password for ${name}`} error={state.errors?.password}>
        {(control) => <TextInput {...control} name="password" type="password" autoComplete="new-password" maxLength={128} required />}
      </Field>
      <button type="submit" disabled={pending} className={smallButton}>
        Set password
      </button>
      <div className="w-full">
        <FormMessage ok={state.ok} message={state.message} answer={state} inline />
      </div>
    </form>
  );
}

/** Deactivates or reactivates an account; the answer, or why not, shows beside the button. */
export function AccountActiveForm({ action, userId, name, active }: { action: FormAction; userId: number; name: string; active: boolean }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <button type="submit" disabled={pending} className={smallButton}>
        {active ? `Deactivate ${name}` : `Reactivate ${name}`}
      </button>
      <FormMessage ok={state.ok} message={state.message} answer={state} inline />
    </form>
  );
}

/** Owner only: whether an editor publishes directly or sends changes for review. */
export function PublishingRightsForm({ action, userId, name, publishesDirectly }: { action: FormAction; userId: number; name: string; publishesDirectly: boolean }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="publishesDirectly" value={publishesDirectly ? "false" : "true"} />
      <button type="submit" disabled={pending} className={smallButton}>
        {publishesDirectly ? `Review ${name}'s changes again` : `Let ${name} publish without review`}
      </button>
      <FormMessage ok={state.ok} message={state.message} answer={state} inline />
    </form>
  );
}
