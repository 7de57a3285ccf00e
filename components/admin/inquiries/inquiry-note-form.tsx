"use client";

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Textarea } from "@/components/ui/textarea";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";

// A note being written is kept in this tab (sessionStorage: it goes when the tab does), so a
// session that ends, a reload or a sign-in in this tab does not lose it.
const keyFor = (inquiryId: number) => `inquiry-note:${inquiryId}`;

function readKept(inquiryId: number): string {
  try {
    return sessionStorage.getItem(keyFor(inquiryId)) ?? "";
  } catch {
    return "";
  }
}

function keep(inquiryId: number, note: string) {
  try {
    if (note) sessionStorage.setItem(keyFor(inquiryId), note);
    else sessionStorage.removeItem(keyFor(inquiryId));
  } catch {
    // Storage refused (private mode, full): the note is still in the field.
  }
}

const SESSION_ENDED: FormState<"note"> = {
  ok: false,
  message: "Not added: your session has ended. Your note is kept here. Sign in again in a new tab, then press “Add note” again.",
};

/**
 * "Add an internal note". Without JavaScript a plain form to the server action. With it,
 * the session is asked first: when it has ended the note stays in the field with the
 * reason and a sign-in link that opens a new tab (the editor does the same for a post),
 * rather than the note going to a 401 page and being lost.
 */
export function InquiryNoteForm({ inquiryId, action }: { inquiryId: number; action: FormAction<"note"> }) {
  const [state, formAction, pending] = useActionState(action, {});
  const [note, setNote] = useState(() => state.values?.note ?? "");
  const [ended, setEnded] = useState(false);
  const [checking, setChecking] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const shown: FormState<"note"> = ended ? SESSION_ENDED : state;

  useEffect(() => {
    const kept = readKept(inquiryId);
    // Restoring what this tab kept: there is no server value to agree with.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (kept) setNote(kept);
  }, [inquiryId]);

  useEffect(() => {
    if (!state.ok) return;
    keep(inquiryId, "");
    // The note is in the history now; the field is for the next one.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setNote("");
  }, [state, inquiryId]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setChecking(true);
    let alive = true;
    try {
      alive = (await fetch("/admin/api/session", { cache: "no-store" })).status !== 401;
    } catch {
      // Offline: the action's own answer says what happened.
    }
    setChecking(false);
    setEnded(!alive);
    if (!alive) {
      field.current?.focus();
      return;
    }
    startTransition(() => formAction(data));
  };

  const here = typeof window === "undefined" ? "" : window.location.pathname;

  return (
    <form action={formAction} onSubmit={(event) => void onSubmit(event)} className="space-y-3" noValidate>
      <input type="hidden" name="id" value={inquiryId} />
      <Field id="inquiry-note" label="Note (only the firm sees it)" error={ended ? undefined : state.errors?.note}>
        {(control) => (
          <Textarea
            {...control}
            ref={field}
            name="note"
            rows={3}
            maxLength={5000}
            value={note}
            onChange={(event) => {
              setNote(event.target.value);
              keep(inquiryId, event.target.value);
            }}
          />
        )}
      </Field>
      <Button type="submit" disabled={pending || checking}>
        Add note
      </Button>
      <FormMessage ok={shown.ok} message={shown.message} answer={ended ? undefined : state} />
      {ended && (
        <p>
          <a href={`/admin/login?next=${encodeURIComponent(here)}`} target="_blank" rel="noopener" className="font-medium text-brand-700 underline">
            Sign in again<span className="sr-only"> (opens in a new tab)</span>
            <span aria-hidden="true"> ↗</span>
          </a>
        </p>
      )}
    </form>
  );
}
