import { formatDate } from "@/lib/dates/format";
import type { PageImages } from "@/lib/media/responsive-images";
import { PostBody } from "@/components/blog/post-body";

/** A page or a practice area as the public reads it: title, body, the date it was last reviewed. Also the admin's preview of one. */
export function PageArticle({
  title,
  bodyHtml,
  lastReviewedAt,
  timeZone,
  images,
  children,
}: {
  title: string;
  bodyHtml: string;
  lastReviewedAt: Date | null;
  timeZone: string;
  /** The body's uploads with their variants (loadPageImages()). */
  images?: PageImages;
  children?: React.ReactNode;
}) {
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold leading-tight tracking-tight text-brand-900 sm:text-4xl">{title}</h1>
      {lastReviewedAt && (
        <p className="mt-3 text-sm text-slate-600">
          Last reviewed <time dateTime={lastReviewedAt.toISOString()}>{formatDate(lastReviewedAt, timeZone)}</time>
        </p>
      )}
      <div className="mt-8">
        <PostBody html={bodyHtml} images={images} />
      </div>
      {children}
    </article>
  );
}
