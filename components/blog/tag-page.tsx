import Link from "next/link";
import { dictionary, fill } from "@/lib/i18n/dictionary";
import { langPath, type Lang } from "@/lib/i18n/languages";
import { blogPagePath, tagPath } from "@/lib/posts/blog-paths";
import type { PostListing } from "@/lib/posts/public-listings";
import { Pagination } from "./pagination";
import { PostList } from "./post-list";

/** The tag a tag page is about; `nameLang`: its name is in another language than the page (no Spanish name given). */
export type TagHeading = { name: string; slug: string; postCount: number; nameLang?: Lang };

/**
 * A page of a tag's posts in either language (/blog/tag/[tag], /es/blog/tag/[tag] and their
 * /page/N), loaded by `loadTagListing()` or `loadTranslatedTagListing()` in the page.
 */
export function TagPage({
  listing,
  lang = "en",
  switchTo,
}: {
  listing: PostListing & { tag: TagHeading };
  lang?: Lang;
  /** Above the heading: the same tag's page in the other language, when there is one. */
  switchTo?: React.ReactNode;
}) {
  const { tag, page, pages, posts, timeZone, soleAuthorSlug } = listing;
  const words = dictionary(lang);
  return (
    <div>
      {switchTo && <div className="mb-4">{switchTo}</div>}
      <p className="text-sm font-medium uppercase tracking-wide text-accent-600">{words.tag.kicker}</p>
      <h1 className="text-3xl font-bold tracking-tight text-brand-900" lang={tag.nameLang && tag.nameLang !== lang ? tag.nameLang : undefined}>
        {tag.name}
      </h1>
      <p className="mt-2 max-w-prose text-lg text-slate-700">
        {tag.postCount === 1 ? words.tag.onePost : fill(words.tag.manyPosts, { n: tag.postCount })}{" "}
        <Link href={langPath(lang, blogPagePath(1))} className="text-brand-700 underline">
          {words.tag.allPosts}
        </Link>
      </p>
      <div className="mt-8">
        <PostList posts={posts} timeZone={timeZone} soleAuthorSlug={soleAuthorSlug} lang={lang} />
      </div>
      <div className="mt-8">
        <Pagination
          page={page}
          pageCount={pages}
          href={(n) => langPath(lang, tagPath(tag.slug, n))}
          label={words.blog.pagination}
          previous={words.blog.newer}
          next={words.blog.older}
          position={words.blog.pageOf}
        />
      </div>
    </div>
  );
}
