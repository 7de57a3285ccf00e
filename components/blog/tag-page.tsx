import Link from "next/link";
import { tagPath } from "@/lib/posts/blog-paths";
import type { ListedTag, PostListing } from "@/lib/posts/public-listings";
import { Pagination } from "./pagination";
import { PostList } from "./post-list";

/** A page of a tag's posts (/blog/tag/[tag], /blog/tag/[tag]/page/N), loaded by `loadTagListing()` in the page. */
export function TagPage({ listing }: { listing: PostListing & { tag: ListedTag } }) {
  const { tag, page, pages, posts, timeZone, soleAuthorSlug } = listing;
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
        <PostList posts={posts} timeZone={timeZone} soleAuthorSlug={soleAuthorSlug} />
      </div>
      <div className="mt-8">
        <Pagination page={page} pageCount={pages} href={(n) => tagPath(tag.slug, n)} label="Pagination" previous="Newer posts" next="Older posts" />
      </div>
    </div>
  );
}
