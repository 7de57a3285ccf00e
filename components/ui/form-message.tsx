import type { ReactNode } from "react";

/**
 * The one way the admin says what just happened (a save, a delete, a refusal): a status
 * region (WCAG 4.1.3) that is always there, empty until there is news, so screen readers
 * announce what appears in it. Next to a form's button, or at the top of a page an action
 * led to. `inline` drops the box, for a form in a table row. `children` is for news with
 * more than words in it (a link, an Undo button).
 */
export function FormMessage({ ok, message, inline = false, children }: { ok?: boolean; message?: string; inline?: boolean; children?: ReactNode }) {
  const look = inline
    ? ok
      ? "text-green-900"
      : "font-medium text-red-800"
    : ok
      ? "rounded-md bg-green-50 p-3 text-green-900"
      : "rounded-md bg-red-50 p-3 text-red-800";
  const content = message ?? children;
  return <div role="status">{content ? <p className={look}>{content}</p> : null}</div>;
}
