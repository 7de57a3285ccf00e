import { notFound } from "next/navigation";
import { countPublicPosts, listPublicPosts } from "@/db/posts";
import { soleListedProfileSlug } from "@/db/profiles";
import { getSiteSettings } from "@/lib/settings";
import { Pagination } from "./pagination";
import { PostList } from "./post-list";

export const POSTS_PER_PAGE = 10;

/** Page `page` of the blog: /blog is page 1, /blog/page/N the others; past the last page is a 404. */
export function BlogPage({ page }: { page: number }) {
  const pageCount = Math.max(1, Math.ceil(countPublicPosts() / POSTS_PER_PAGE));
  if (page > pageCount) notFound();
  const site = getSiteSettings();
  const posts = listPublicPosts({ limit: POSTS_PER_PAGE, offset: (page - 1) * POSTS_PER_PAGE });
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">Blog</h1>
      <p className="mt-2 max-w-prose text-lg text-slate-700">Plain-language answers to the questions people ask us most.</p>
      <div className="mt-8">
        {posts.length > 0 ? <PostList posts={posts} timeZone={site.timeZone} soleAuthorSlug={soleListedProfileSlug()} /> : <p className="text-slate-700">No posts yet.</p>}
      </div>
      <div className="mt-8">
        <Pagination
          page={page}
          pageCount={pageCount}
          href={(n) => (n === 1 ? "/blog" : `/blog/page/${n}`)}
          label="Pagination"
          previous="Newer posts"
          next="Older posts"
        />
      </div>
    </div>
  );
}
