"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

// Sent when any form on the page gets an answer: every other message on the page is then
// old news and clears, so "Status changed." and "Note added." never both stay.
const NEWS_EVENT = "form-message:news";

/** What a form's answer looks like to its message: a new object after every send (useActionState). */
type Answer = { ok?: boolean; message?: string; errors?: Partial<Record<string, string | undefined>> };

/**
 * The one way the admin says what just happened (a save, a delete, a refusal): a status
 * region (WCAG 4.1.3) that is always there, empty until there is news, so screen readers
 * announce what appears in it. Next to a form's button, or at the top of a page an action
 * led to. `inline` drops the box, for a form in a table row. `children` is for news with
 * more than words in it (a link, an Undo button).
 *
 * Focus, one rule for every form (WCAG 2.4.3): given the form's `answer`, each new answer
 * moves focus to the form's error summary when it has one (components/ui/error-summary.tsx
 * focuses itself: it lists every field to fix), else to the first field it marked wrong,
 * else to `focus` (the next field the person needs, by id), else to the message itself; a keyboard user goes on from there
 * rather than from the top of the page. A message shown when the page loads (after a
 * redirect) takes focus when `focusOnLoad` is set.
 */
export function FormMessage({
  ok,
  message,
  inline = false,
  answer,
  focus,
  focusOnLoad = false,
  children,
}: {
  ok?: boolean;
  message?: string;
  inline?: boolean;
  answer?: Answer;
  focus?: string;
  focusOnLoad?: boolean;
  children?: ReactNode;
}) {
  const region = useRef<HTMLDivElement>(null);
  // What this message said when another form got news: hidden from then, until it says something new.
  const shownNow = answer ?? message;
  const current = useRef<unknown>(shownNow);
  const [clearedFor, setClearedFor] = useState<unknown>(undefined);
  useEffect(() => {
    current.current = shownNow;
  }, [shownNow]);
  // The answer already acted on. Not the first one given: a form that re-mounts with its
  // answer (keyed by what the server sent back) still moves focus to it.
  const seen = useRef<Answer | undefined>(undefined);

  useEffect(() => {
    const clear = (event: Event) => {
      if ((event as CustomEvent<HTMLElement>).detail !== region.current) setClearedFor(current.current);
    };
    window.addEventListener(NEWS_EVENT, clear);
    return () => window.removeEventListener(NEWS_EVENT, clear);
  }, []);

  useEffect(() => {
    if (!answer || answer === seen.current) return;
    seen.current = answer;
    const hasErrors = answer.errors !== undefined && Object.values(answer.errors).some(Boolean);
    // A form's starting state (nothing sent yet) says nothing.
    if (!answer.message && !hasErrors) return;
    window.dispatchEvent(new CustomEvent(NEWS_EVENT, { detail: region.current }));
    const form = region.current?.closest("form") ?? region.current?.parentElement;
    if (hasErrors && form?.querySelector("[data-error-summary]")) return;
    const wrong = hasErrors ? form?.querySelector<HTMLElement>('[aria-invalid="true"]') : null;
    const next = focus ? document.getElementById(focus) : null;
    const target = wrong ?? next ?? (answer.message ? region.current?.querySelector<HTMLElement>("[data-form-message]") : null);
    target?.focus();
  }, [answer, focus]);

  useEffect(() => {
    if (focusOnLoad) region.current?.querySelector<HTMLElement>("[data-form-message]")?.focus();
  }, [focusOnLoad]);

  const look = inline
    ? ok
      ? "text-green-900"
      : "font-medium text-red-800"
    : ok
      ? "rounded-md bg-green-50 p-3 text-green-900"
      : "rounded-md bg-red-50 p-3 text-red-800";
  const content = clearedFor !== undefined && clearedFor === shownNow ? null : (message ?? children);
  return (
    <div role="status" ref={region}>
      {content ? (
        <p className={`${look} scroll-mt-24`} tabIndex={-1} data-form-message>
          {content}
        </p>
      ) : null}
    </div>
  );
}
