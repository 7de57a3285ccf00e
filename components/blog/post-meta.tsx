import Link from "next/link";
import { formatDate, isLaterDay } from "@/lib/dates/format";
import { dictionary, fill } from "@/lib/i18n/dictionary";
import { LOCALES, type Lang } from "@/lib/i18n/languages";
import type { BylineLink } from "@/lib/posts/post-paths";

/** "By Jordan Avery · March 4, 2026 · Updated March 9, 2026 · Last reviewed May 1, 2026 · 4 min read"; the name links to the author's page. */
export function PostMeta({
  authorName,
  author,
  publishedAt,
  updatedAt,
  lastReviewedAt,
  readingMinutes,
  timeZone,
  lang = "en",
}: {
  authorName: string;
  /** Where the name leads (bylineLink()); a page in another language is marked as such. */
  author?: BylineLink;
  publishedAt: Date;
  updatedAt?: Date | null;
  lastReviewedAt?: Date | null;
  readingMinutes?: number;
  timeZone: string;
  lang?: Lang;
}) {
  const words = dictionary(lang).blog;
  const date = (at: Date) => formatDate(at, timeZone, LOCALES[lang]);
  return (
    <p className="text-sm text-slate-600">
      <span>
        {words.by}{" "}
        {author ? (
          <Link href={author.href} hrefLang={author.hrefLang} lang={author.hrefLang} className="font-medium text-brand-700 underline hover:text-brand-900">
            {authorName}
          </Link>
        ) : (
          authorName
        )}
      </span>
      <span aria-hidden="true"> · </span>
      <time dateTime={publishedAt.toISOString()}>{date(publishedAt)}</time>
      {/* An edit on the day it came out is not news to a reader: "Updated" only from a later day. */}
      {updatedAt && isLaterDay(updatedAt, publishedAt, timeZone) && (
        <>
          <span aria-hidden="true"> · </span>
          <span>
            {words.updated} <time dateTime={updatedAt.toISOString()}>{date(updatedAt)}</time>
          </span>
        </>
      )}
      {lastReviewedAt && (
        <>
          <span aria-hidden="true"> · </span>
          <span>
            {words.lastReviewed} <time dateTime={lastReviewedAt.toISOString()}>{date(lastReviewedAt)}</time>
          </span>
        </>
      )}
      {readingMinutes !== undefined && (
        <>
          <span aria-hidden="true"> · </span>
          <span>{fill(words.minutesRead, { n: readingMinutes })}</span>
        </>
      )}
    </p>
  );
}
