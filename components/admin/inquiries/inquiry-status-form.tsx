"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import type { FormAction } from "@/lib/forms/form-state";
import { STATUS_OPTIONS, type InquiryStatus } from "@/lib/inquiries/inquiry-statuses";

/** "Change status" on an inquiry's page: the answer next to the button, where focus goes. */
export function InquiryStatusForm({ inquiryId, status, action }: { inquiryId: number; status: InquiryStatus; action: FormAction<"status"> }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="id" value={inquiryId} />
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="inquiry-status" className="block text-sm font-medium text-slate-900">
            Status of this inquiry
          </label>
          <Select id="inquiry-status" name="status" defaultValue={status} aria-invalid={state.errors?.status ? true : undefined} aria-describedby={state.errors?.status ? "inquiry-status-error" : undefined}>
            {STATUS_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" disabled={pending}>
          Change status
        </Button>
      </div>
      <FieldError id="inquiry-status" error={state.errors?.status} />
      <FormMessage ok={state.ok} message={state.message} answer={state} />
    </form>
  );
}
