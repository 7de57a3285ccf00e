"use client";

import { useActionState } from "react";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Textarea } from "@/components/ui/textarea";
import type { FormAction } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";

const smallButton = "min-h-11 rounded-md border border-slate-500 px-3 font-medium hover:border-brand-700 disabled:opacity-60";

/** One image's description, edited in one place for every post that shows it. */
export function MediaAltForm({ action, mediaId, alt, label }: { action: FormAction; mediaId: number; alt: string; label: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="mediaId" value={mediaId} />
      <Field id={`alt-${mediaId}`} label={label} hint="What it shows, for people who cannot see it. Body images use it wherever they are not marked decorative." error={state.errors?.alt}>
        {(control) => <Textarea {...control} name="alt" rows={2} maxLength={300} defaultValue={state.values?.alt ?? alt} />}
      </Field>
      <button type="submit" disabled={pending} className={smallButton}>
        Save the description
      </button>
      <FormMessage ok={state.ok} message={state.message} answer={state} inline />
    </form>
  );
}

/** Deletes one image (the server refuses while anything uses it). */
export function DeleteMediaForm({ action, mediaId, name }: { action: FormAction; mediaId: number; name: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="mediaId" value={mediaId} />
      <button type="submit" disabled={pending} className={`${smallButton} text-red-800`}>
        Delete <span className="sr-only">{name}</span>
      </button>
      <FormMessage ok={state.ok} message={state.message} answer={state} inline />
    </form>
  );
}

/** Deletes every image nothing uses, after a confirmation. */
export function CleanUpMediaForm({ action, unused }: { action: FormAction; unused: number }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3">
      <CheckboxField id="cleanup-confirm" name="confirm" value="yes" label={`Yes, delete the ${unused === 1 ? "unused image" : `${unused} unused images`} for good`} error={state.errors?.confirm} />
      <Button type="submit" disabled={pending} variant="danger">
        Delete unused images
      </Button>
      <FormMessage ok={state.ok} message={state.message} answer={state} />
    </form>
  );
}
