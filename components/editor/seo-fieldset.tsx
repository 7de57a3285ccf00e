"use client";

import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { TextInput } from "@/components/ui/text-input";
import type { FieldErrors } from "@/lib/forms/form-state";
import { POST_LIMITS, type PostFieldsInput } from "@/lib/posts/post-input";

/** What search engines show for the post; empty falls back to the title and the excerpt. */
export function SeoFieldset({
  seoTitle,
  seoDescription,
  errors,
  onChange,
}: {
  seoTitle: string;
  seoDescription: string;
  errors: FieldErrors;
  onChange: (patch: Partial<PostFieldsInput>) => void;
}) {
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-300 p-4">
      <legend className="px-1 font-semibold text-brand-900">Search engines</legend>
      <Field id="seoTitle" label="Search title" hint="Leave empty to use the post title." error={errors.seoTitle}>
        {(control) => <TextInput {...control} value={seoTitle} maxLength={POST_LIMITS.seoTitle} onChange={(e) => onChange({ seoTitle: e.target.value })} />}
      </Field>
      <Field id="seoDescription" label="Search description" hint="Leave empty to use the excerpt." error={errors.seoDescription}>
        {(control) => (
          <Textarea {...control} rows={3} value={seoDescription} maxLength={POST_LIMITS.seoDescription} onChange={(e) => onChange({ seoDescription: e.target.value })} />
        )}
      </Field>
    </fieldset>
  );
}
