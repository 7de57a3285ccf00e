import Link from "next/link";
import { formatDate, isLaterDay } from "@/lib/dates/format";
import { readingTimeLabel } from "@/lib/posts/reading-time";

/** "By Jordan Avery · March 4, 2026 · Updated March 9, 2026 · Last reviewed May 1, 2026 · 4 min read"; the name links to the author's page. */
export function PostMeta({
  authorName,
  authorHref,
  publishedAt,
  updatedAt,
  lastReviewedAt,
  readingMinutes,
  timeZone,
}: {
  authorName: string;
  authorHref?: string;
  publishedAt: Date;
  updatedAt?: Date | null;
  lastReviewedAt?: Date | null;
  readingMinutes?: number;
  timeZone: string;
}) {
  return (
    <p className="text-sm text-slate-600">
      <span>
        By{" "}
        {authorHref ? (
          <Link href={authorHref} className="font-medium text-brand-700 underline hover:text-brand-900">
            {authorName}
          </Link>
        ) : (
          authorName
        )}
      </span>
      <span aria-hidden="true"> · </span>
      <time dateTime={publishedAt.toISOString()}>{formatDate(publishedAt, timeZone)}</time>
      {/* An edit on the day it came out is not news to a reader: "Updated" only from a later day. */}
      {updatedAt && isLaterDay(updatedAt, publishedAt, timeZone) && (
        <>
          <span aria-hidden="true"> · </span>
          <span>
            Updated <time dateTime={updatedAt.toISOString()}>{formatDate(updatedAt, timeZone)}</time>
          </span>
        </>
      )}
      {lastReviewedAt && (
        <>
          <span aria-hidden="true"> · </span>
          <span>
            Last reviewed <time dateTime={lastReviewedAt.toISOString()}>{formatDate(lastReviewedAt, timeZone)}</time>
          </span>
        </>
      )}
      {readingMinutes !== undefined && (
        <>
          <span aria-hidden="true"> · </span>
          <span>{readingTimeLabel(readingMinutes)}</span>
        </>
      )}
    </p>
  );
}
