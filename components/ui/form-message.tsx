/**
 * The answer about a whole form, next to its button, in a status region that is always
 * there (empty until there is news), so screen readers announce what appears in it.
 * `inline` drops the box, for a form in a table row.
 */
export function FormMessage({ ok, message, inline = false }: { ok?: boolean; message?: string; inline?: boolean }) {
  const look = inline
    ? ok
      ? "text-green-900"
      : "font-medium text-red-800"
    : ok
      ? "rounded-md bg-green-50 p-3 text-green-900"
      : "rounded-md bg-red-50 p-3 text-red-800";
  return <div role="status">{message ? <p className={look}>{message}</p> : null}</div>;
}
