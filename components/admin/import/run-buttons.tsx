"use client";

import { useActionState, type ReactNode } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/forms/form-state";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/** "Import" or "Cancel" for one run: a real form (with `children`, its fields), with the outcome said next to it. */
export function RunButton({ action, runId, label, tone = "primary", children }: { action: Action; runId: number; label: string; tone?: "primary" | "secondary"; children?: ReactNode }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="runId" value={runId} />
      {children}
      <SubmitButton pending={pending} pendingLabel="Working…" variant={tone}>
        {label}
      </SubmitButton>
      <FormMessage ok={state.ok} message={state.message} />
    </form>
  );
}
