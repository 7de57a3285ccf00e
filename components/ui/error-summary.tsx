"use client";

import { useEffect, useRef, type ReactNode } from "react";

export type SummaryError = { href: string; message: string };

/**
 * The problems with a form, at its top: a title, then each message as a link to its field.
 * It takes the focus when it appears and whenever `focusKey` changes (a new answer, a new
 * check in the browser), so keyboard and screen-reader users start from the list.
 */
export function ErrorSummary({
  id,
  title = "There is a problem",
  errors,
  focusKey,
  children,
}: {
  id: string;
  title?: string;
  errors: SummaryError[];
  focusKey?: unknown;
  /** A message about the whole form, under the title. */
  children?: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  return (
    // autoFocus as well as the effect: a page answered without JavaScript starts on the summary too.
    <div ref={ref} tabIndex={-1} autoFocus role="alert" data-error-summary aria-labelledby={`${id}-title`} className="rounded-md border-2 border-red-700 bg-red-50 p-4">
      <h2 id={`${id}-title`} className="font-semibold text-red-900">
        {title}
      </h2>
      {children}
      {errors.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {errors.map((error, i) => (
            // Two messages may link to one field (the inquiry's email-or-phone rule).
            <li key={i}>
              <a href={error.href} className="text-red-900 underline">
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
