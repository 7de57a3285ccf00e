"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/forms/form-state";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/** "Import" or "Cancel" for one run: a real form, with the outcome said next to it. */
export function RunButton({ action, runId, label, tone = "primary" }: { action: Action; runId: number; label: string; tone?: "primary" | "secondary" }) {
  const [state, formAction, pending] = useActionState(action, {});
  const look =
    tone === "primary"
      ? "bg-brand-800 text-white hover:bg-brand-900"
      : "border border-slate-400 bg-white text-slate-900 hover:bg-slate-50";
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="runId" value={runId} />
      <button type="submit" disabled={pending} className={`inline-flex min-h-11 items-center rounded-md px-4 font-semibold disabled:opacity-60 ${look}`}>
        {pending ? "Working…" : label}
      </button>
      <FormMessage ok={state.ok} message={state.message} />
    </form>
  );
}
