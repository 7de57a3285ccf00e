"use client";

import { REVIEW_INTERVAL_TEXT } from "@/lib/posts/review-due";
import { Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/text-input";
import { utcToZonedTime } from "@/lib/dates/zoned-time";

/** When a lawyer last checked that the post still holds: shown on the public page. */
export function ReviewFieldset({ lastReviewedAt, timeZone, error, onChange }: { lastReviewedAt: string; timeZone: string; error?: string; onChange: (date: string) => void }) {
  return (
    <div className="space-y-2">
      <Field id="lastReviewedAt" label="Last reviewed" hint={`The date a lawyer last checked this is still right. Shown on the public page; the admin lists posts not reviewed for ${REVIEW_INTERVAL_TEXT}.`} error={error}>
        {(control) => <TextInput {...control} type="date" value={lastReviewedAt} onChange={(e) => onChange(e.target.value)} />}
      </Field>
      <button
        type="button"
        onClick={() => onChange(utcToZonedTime(new Date(), timeZone).slice(0, 10))}
        className="rounded-md border border-slate-500 px-3 py-1.5 text-sm font-medium text-slate-800 hover:border-brand-700"
      >
        Reviewed today
      </button>
    </div>
  );
}
