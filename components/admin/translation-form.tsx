"use client";

import { useActionState } from "react";
import { Button, SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { RadioGroup } from "@/components/ui/radio-group";
import { Textarea } from "@/components/ui/textarea";
import { TextInput } from "@/components/ui/text-input";
import type { FormAction } from "@/lib/forms/form-state";

export type TranslationValues = { title: string; slug: string; excerpt: string; bodyHtml: string; seoDescription: string; status: "draft" | "published" };

/**
 * A post's Spanish version, written by the firm: title, address, summary, the text (HTML,
 * sanitized on save) and whether the Spanish site shows it. Saving marks it as following the
 * English as it is now.
 */
export function TranslationForm({ postId, initial, save, remove, exists }: { postId: number; initial: TranslationValues; save: FormAction; remove: FormAction; exists: boolean }) {
  const [state, formAction, pending] = useActionState(save, {});
  const [removed, removeAction] = useActionState(remove, {});
  const values = { ...initial, ...state.values };
  const errors = state.errors ?? {};
  return (
    <div className="space-y-6">
      <form action={formAction} className="space-y-5">
        <input type="hidden" name="postId" value={postId} />
        <Field id="es-title" label="Spanish title" error={errors.title}>
          {(control) => <TextInput {...control} lang="es" name="title" required maxLength={200} defaultValue={values.title} />}
        </Field>
        <Field id="es-slug" label="Spanish address" hint="The part after /es/: leave empty to make it from the title." error={errors.slug}>
          {(control) => <TextInput {...control} lang="es" name="slug" maxLength={80} defaultValue={values.slug} />}
        </Field>
        <Field id="es-excerpt" label="Summary (shown in lists)" error={errors.excerpt}>
          {(control) => <Textarea {...control} lang="es" name="excerpt" rows={2} maxLength={500} defaultValue={values.excerpt} />}
        </Field>
        <Field id="es-body" label="Spanish text (HTML: paragraphs, headings, lists, links)" error={errors.bodyHtml}>
          {(control) => <Textarea {...control} lang="es" name="bodyHtml" rows={16} defaultValue={values.bodyHtml} className="font-mono text-sm" />}
        </Field>
        <Field id="es-seo" label="Description for search engines (optional)" error={errors.seoDescription}>
          {(control) => <TextInput {...control} lang="es" name="seoDescription" maxLength={300} defaultValue={values.seoDescription} />}
        </Field>
        <RadioGroup
          id="es-status"
          name="status"
          legend="On the Spanish site"
          options={[
            { value: "draft", label: "Draft: not shown" },
            { value: "published", label: "Published: shown while the English post is public" },
          ]}
          defaultValue={values.status}
          error={errors.status}
        />
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save the Spanish version
        </SubmitButton>
        <FormMessage ok={state.ok} message={state.message} answer={state} />
      </form>
      {/* Kept after a removal (the page then has no Spanish version), so its message stays. */}
      {(exists || removed.message) && (
        <form action={removeAction} className="border-t border-slate-200 pt-4">
          <input type="hidden" name="postId" value={postId} />
          {exists && (
            <Button type="submit" variant="danger" size="sm">
              Remove the Spanish version
            </Button>
          )}
          <FormMessage ok={removed.ok} message={removed.message} answer={removed} inline />
        </form>
      )}
    </div>
  );
}
