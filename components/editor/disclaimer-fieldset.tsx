"use client";

import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { POST_LIMITS, type PostFieldsInput } from "@/lib/posts/post-input";

/** The firm's default disclaimer under the post, or one of its own. */
export function DisclaimerFieldset({
  useDefaultDisclaimer,
  disclaimer,
  defaultDisclaimer,
  error,
  onChange,
}: {
  useDefaultDisclaimer: boolean;
  disclaimer: string;
  defaultDisclaimer: string;
  error?: string;
  onChange: (patch: Partial<PostFieldsInput>) => void;
}) {
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-300 p-4">
      <legend className="px-1 font-semibold text-brand-900">Disclaimer</legend>
      <CheckboxField
        id="useDefaultDisclaimer"
        label="Use the firm's default disclaimer"
        checked={useDefaultDisclaimer}
        // Starting one of its own from the default's words.
        onChange={(e) => onChange(e.target.checked ? { useDefaultDisclaimer: true } : { useDefaultDisclaimer: false, disclaimer: disclaimer || defaultDisclaimer })}
      />
      {useDefaultDisclaimer ? (
        <p className="text-sm text-slate-700">{defaultDisclaimer}</p>
      ) : (
        <Field id="disclaimer" label="This post's disclaimer" error={error}>
          {(control) => <Textarea {...control} rows={4} value={disclaimer} maxLength={POST_LIMITS.disclaimer} onChange={(e) => onChange({ disclaimer: e.target.value })} />}
        </Field>
      )}
    </fieldset>
  );
}
