import { formatDate } from "@/lib/dates/format";
import type { PageImages } from "@/lib/media/responsive-images";
import { PostBody } from "@/components/blog/post-body";
import { dictionary } from "@/lib/i18n/dictionary";
import { LOCALES, type Lang } from "@/lib/i18n/languages";

/** A page or a practice area as the public reads it: title, body, the date it was last reviewed. Also the admin's preview of one. */
export function PageArticle({
  title,
  bodyHtml,
  lastReviewedAt,
  timeZone,
  images,
  children,
  lang = "en",
}: {
  title: string;
  bodyHtml: string;
  lastReviewedAt: Date | null;
  timeZone: string;
  /** The body's uploads with their variants (loadPageImages()). */
  images?: PageImages;
  children?: React.ReactNode;
  lang?: Lang;
}) {
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold leading-tight tracking-tight text-brand-900 sm:text-4xl">{title}</h1>
      {lastReviewedAt && (
        <p className="mt-3 text-sm text-slate-600">
          {dictionary(lang).blog.lastReviewed} <time dateTime={lastReviewedAt.toISOString()}>{formatDate(lastReviewedAt, timeZone, LOCALES[lang])}</time>
        </p>
      )}
      <div className="mt-8">
        <PostBody html={bodyHtml} images={images} />
      </div>
      {children}
    </article>
  );
}
