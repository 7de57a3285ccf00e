"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { TextInput } from "@/components/ui/text-input";
import type { FormAction } from "@/lib/forms/form-state";
import { POST_LIMITS } from "@/lib/posts/post-input";

const smallButton = "rounded border border-slate-500 px-3 py-2 font-medium hover:border-brand-700 disabled:opacity-60";

/** A tag's new name (its address follows; the old one redirects). */
export function RenameTagForm({ action, tagId, name }: { action: FormAction; tagId: number; name: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="tagId" value={tagId} />
      <div className="min-w-48 flex-1">
        <Field id={`rename-${tagId}`} label={`New name for ${name}`} error={state.errors?.name}>
          {(control) => <TextInput {...control} name="name" required maxLength={POST_LIMITS.tag} defaultValue={state.values?.name ?? name} />}
        </Field>
      </div>
      <button type="submit" disabled={pending} className={smallButton}>
        Rename
      </button>
      <div className="w-full">
        <FormMessage ok={state.ok} message={state.message} answer={state} inline />
      </div>
    </form>
  );
}

/** A tag's Spanish name, shown on the Spanish site (empty: its own name, marked as English). */
export function SpanishTagNameForm({ action, tagId, name, spanishName }: { action: FormAction; tagId: number; name: string; spanishName: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="tagId" value={tagId} />
      <div className="min-w-48 flex-1">
        <Field id={`spanish-${tagId}`} label={`Spanish name for ${name} (optional)`} error={state.errors?.spanishName}>
          {(control) => <TextInput {...control} lang="es" name="spanishName" maxLength={POST_LIMITS.tag} defaultValue={state.values?.spanishName ?? spanishName} />}
        </Field>
      </div>
      <button type="submit" disabled={pending} className={smallButton}>
        Save
      </button>
      <div className="w-full">
        <FormMessage ok={state.ok} message={state.message} answer={state} inline />
      </div>
    </form>
  );
}

/** Merges this tag into another one of `others`. */
export function MergeTagForm({ action, tagId, name, others }: { action: FormAction; tagId: number; name: string; others: { id: number; name: string }[] }) {
  const [state, formAction, pending] = useActionState(action, {});
  if (others.length === 0) return null;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="tagId" value={tagId} />
      <div className="min-w-48 flex-1">
        <Field id={`merge-${tagId}`} label={`Merge ${name} into`} error={state.errors?.intoId}>
          {(control) => (
            <Select {...control} name="intoId" required defaultValue="">
              <option value="" disabled>
                Choose a tag…
              </option>
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <button type="submit" disabled={pending} className={smallButton}>
        Merge
      </button>
      <div className="w-full">
        <FormMessage ok={state.ok} message={state.message} answer={state} inline />
      </div>
    </form>
  );
}
