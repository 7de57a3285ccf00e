"use client";

import { useEffect, useRef, useTransition } from "react";

/**
 * Marks an unread inquiry read with a POST once its page is shown (the page's GET changes
 * nothing); without JavaScript, the button does it.
 */
export function MarkInquiryRead({ id, action }: { id: number; action: (form: FormData) => Promise<void> }) {
  const [, startTransition] = useTransition();
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    const form = new FormData();
    form.set("id", String(id));
    startTransition(() => action(form));
  }, [id, action]);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="min-h-11 rounded border border-slate-500 px-3 py-1.5 hover:border-brand-700">
        Mark as read
      </button>
    </form>
  );
}
