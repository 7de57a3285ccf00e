import Link from "next/link";

/**
 * "← previous", "Page n of m", "next →" under a list. Each list names its own links and
 * builds its own addresses (`href`), so its URLs keep their filters.
 */
export function Pagination({
  page,
  pageCount,
  href,
  label,
  previous,
  next,
  position = "Page {page} of {count}",
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  /** The navigation landmark's name, e.g. "Pages of posts". */
  label: string;
  previous: string;
  /** "Page {page} of {count}" in the list's language. */
  position?: string;
  next: string;
}) {
  if (pageCount <= 1) return null;
  const linkClass = "rounded-md border border-slate-300 px-4 py-2 font-medium text-brand-800 hover:border-brand-700";
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          ← {previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-700">
        {position.replace("{page}", String(page)).replace("{count}", String(pageCount))}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          {next} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
