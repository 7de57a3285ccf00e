import { formatDate } from "@/lib/dates";
import { readingTimeLabel } from "@/lib/reading-time";

/** "By Jordan Avery · March 4, 2026 · Updated March 9, 2026 · 4 min read" */
export function PostMeta({
  authorName,
  publishedAt,
  updatedAt,
  readingMinutes,
  timeZone,
}: {
  authorName: string;
  publishedAt: Date;
  updatedAt?: Date | null;
  readingMinutes?: number;
  timeZone: string;
}) {
  return (
    <p className="text-sm text-slate-600">
      <span>By {authorName}</span>
      <span aria-hidden="true"> · </span>
      <time dateTime={publishedAt.toISOString()}>{formatDate(publishedAt, timeZone)}</time>
      {updatedAt && updatedAt > publishedAt && (
        <>
          <span aria-hidden="true"> · </span>
          <span>
            Updated <time dateTime={updatedAt.toISOString()}>{formatDate(updatedAt, timeZone)}</time>
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
