import Link from "next/link";
import type { PostSummary as PostSummaryRow } from "@/db/posts";
import { postPath } from "@/lib/posts/blog-paths";
import { bylineLink } from "@/lib/posts/post-paths";
import { langPath, type Lang } from "@/lib/i18n/languages";
import { MarkedText } from "./marked-text";
import { PostMeta } from "./post-meta";

/** Search's view of a post: its title and a passage of its body with the matches marked (lib/posts/search-marks.ts). */
export type SearchHighlight = { title: string; snippet: string };

export type ListedPost = PostSummaryRow & { highlight?: SearchHighlight };

/**
 * A post in any list (home, blog, tags, "Read more", a lawyer's page, the 404 page,
 * search): its title, one byline linked to the lawyer, the date, the reading time and the
 * excerpt, or search's marked passage in its place. `soleAuthorSlug`: the one listed profile
 * of a single-lawyer site, whose bylines lead to /about.
 */
export function PostSummary({
  post,
  timeZone,
  soleAuthorSlug,
  headingLevel = "h2",
  lang = "en",
}: {
  post: ListedPost;
  timeZone: string;
  soleAuthorSlug: string | undefined;
  headingLevel?: "h2" | "h3";
  /** The list's language: a Spanish list holds translations (at their own slugs, under /es). */
  lang?: Lang;
}) {
  const Heading = headingLevel;
  const { highlight } = post;
  return (
    <article>
      <Heading className="text-xl font-semibold leading-snug text-brand-900">
        <Link href={langPath(lang, postPath(post.slug))} className="hover:underline">
          {highlight ? <MarkedText text={highlight.title} /> : post.title}
        </Link>
      </Heading>
      <div className="mt-1">
        <PostMeta
          authorName={post.authorName}
          author={bylineLink(post.authorSlug, soleAuthorSlug, lang, post.authorTranslated)}
          publishedAt={post.publishedAt}
          readingMinutes={post.readingMinutes}
          timeZone={timeZone}
          lang={lang}
        />
      </div>
      {highlight?.snippet ? (
        <p className="mt-2 text-slate-700">
          <MarkedText text={highlight.snippet} />
        </p>
      ) : (
        post.excerpt && <p className="mt-2 text-slate-700">{post.excerpt}</p>
      )}
    </article>
  );
}
