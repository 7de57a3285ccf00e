import { blogPagePath } from "@/lib/posts/blog-paths";
import type { PostListing } from "@/lib/posts/public-listings";
import { Pagination } from "./pagination";
import { PostList } from "./post-list";

/** A page of the blog (/blog, /blog/page/N), loaded by `loadBlogListing()` in the page. */
export function BlogPage({ listing }: { listing: PostListing }) {
  const { page, pages, posts, timeZone, soleAuthorSlug } = listing;
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">Blog</h1>
      <p className="mt-2 max-w-prose text-lg text-slate-700">Plain-language answers to the questions people ask us most.</p>
      <div className="mt-8">
        {posts.length > 0 ? <PostList posts={posts} timeZone={timeZone} soleAuthorSlug={soleAuthorSlug} /> : <p className="text-slate-700">No posts yet.</p>}
      </div>
      <div className="mt-8">
        <Pagination page={page} pageCount={pages} href={blogPagePath} label="Pagination" previous="Newer posts" next="Older posts" />
      </div>
    </div>
  );
}
