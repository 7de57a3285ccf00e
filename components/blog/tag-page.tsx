import Link from "next/link";
import { permanentRedirect } from "next/navigation";
import { listPublicPosts } from "@/db/posts";
import { soleListedProfileSlug } from "@/db/profiles";
import { findPublicTag, findTagRedirect } from "@/db/tags";
import { pageCount, POSTS_PER_PAGE, tagPath } from "@/lib/posts/blog-paths";
import { getSiteSettings } from "@/lib/site/settings";
import { MissingPage } from "@/components/site/missing-page";
import { Pagination } from "./pagination";
import { PostList } from "./post-list";

/**
 * The tag at `slug` when it has public posts; a renamed or merged tag's old address
 * redirects (308) to where it is now; anything else is undefined (a 404).
 */
function loadTag(slug: string, page: number) {
  const tag = findPublicTag(slug);
  if (!tag) {
    const moved = findTagRedirect(slug);
    if (moved) permanentRedirect(tagPath(moved, page));
  }
  return tag;
}

/** Page `page` of a tag's posts: /blog/tag/[tag], then /blog/tag/[tag]/page/N. */
export function TagPage({ slug, page }: { slug: string; page: number }) {
  const tag = loadTag(slug, page);
  if (!tag || page > pageCount(tag.postCount)) return <MissingPage />;
  const pages = pageCount(tag.postCount);
  const site = getSiteSettings();
  const posts = listPublicPosts({ limit: POSTS_PER_PAGE, offset: (page - 1) * POSTS_PER_PAGE, tagId: tag.id });
  return (
    <div>
      <p className="text-sm font-medium uppercase tracking-wide text-accent-600">Topic</p>
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">{tag.name}</h1>
      <p className="mt-2 max-w-prose text-lg text-slate-700">
        {tag.postCount === 1 ? "One post" : `${tag.postCount} posts`} on this topic.{" "}
        <Link href="/blog" className="text-brand-700 underline">
          All posts
        </Link>
      </p>
      <div className="mt-8">
        <PostList posts={posts} timeZone={site.timeZone} soleAuthorSlug={soleListedProfileSlug()} />
      </div>
      <div className="mt-8">
        <Pagination page={page} pageCount={pages} href={(n) => tagPath(tag.slug, n)} label="Pagination" previous="Newer posts" next="Older posts" />
      </div>
    </div>
  );
}
