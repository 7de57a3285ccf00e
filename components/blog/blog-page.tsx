import { countPublicPosts, listPublicPosts } from "@/db/posts";
import { soleListedProfileSlug } from "@/db/profiles";
import { blogPagePath, pageCount, POSTS_PER_PAGE } from "@/lib/posts/blog-paths";
import { getSiteSettings } from "@/lib/site/settings";
import { MissingPage } from "@/components/site/missing-page";
import { Pagination } from "./pagination";
import { PostList } from "./post-list";

/** Page `page` of the blog: /blog is page 1, /blog/page/N the others; past the last page is a 404. */
export function BlogPage({ page }: { page: number }) {
  const pages = pageCount(countPublicPosts());
  if (page > pages) return <MissingPage />;
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
        <Pagination page={page} pageCount={pages} href={blogPagePath} label="Pagination" previous="Newer posts" next="Older posts" />
      </div>
    </div>
  );
}
