"use client";

import { useActionState } from "react";
import { Button, SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Textarea } from "@/components/ui/textarea";
import { TextInput } from "@/components/ui/text-input";
import type { FormAction } from "@/lib/forms/form-state";
import { PROFILE_LIMITS } from "@/lib/site/profile-form";

/**
 * A lawyer's Spanish title and bio, written by the firm. Saving marks it as following the
 * English bio as it is now; removing it takes the lawyer's Spanish page away.
 */
export function ProfileTranslationForm({
  profileId,
  initial,
  save,
  remove,
  exists,
}: {
  profileId: number;
  initial: { title: string; bio: string };
  save: FormAction;
  remove: FormAction;
  exists: boolean;
}) {
  const [state, formAction, pending] = useActionState(save, {});
  const [removed, removeAction] = useActionState(remove, {});
  const values = { ...initial, ...state.values };
  const errors = state.errors ?? {};
  return (
    <div className="space-y-6">
      <form action={formAction} className="space-y-5">
        <input type="hidden" name="profileId" value={profileId} />
        <Field id="es-title" label="Spanish title (optional)" hint="Shown under the name, for example “Abogada”. Empty: the English title is shown." error={errors.title}>
          {(control) => <TextInput {...control} lang="es" name="title" maxLength={PROFILE_LIMITS.title} defaultValue={values.title} />}
        </Field>
        <Field id="es-bio" label="Spanish bio" hint="A blank line starts a new paragraph." error={errors.bio}>
          {(control) => <Textarea {...control} lang="es" name="bio" rows={10} required maxLength={PROFILE_LIMITS.bio} defaultValue={values.bio} />}
        </Field>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save the Spanish bio
        </SubmitButton>
        <FormMessage ok={state.ok} message={state.message} answer={state} />
      </form>
      {/* Kept after a removal, so its message stays. */}
      {(exists || removed.message) && (
        <form action={removeAction} className="border-t border-slate-200 pt-4">
          <input type="hidden" name="profileId" value={profileId} />
          {exists && (
            <Button type="submit" variant="danger" size="sm">
              Remove the Spanish bio
            </Button>
          )}
          <FormMessage ok={removed.ok} message={removed.message} answer={removed} inline />
        </form>
      )}
    </div>
  );
}
