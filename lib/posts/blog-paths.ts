// The blog's addresses and how it pages: one place for what the pages, the sitemap and the
// feed link to. Plain: no server imports.
import { publicPath } from "./post-paths";

/** Posts on a page of the blog, of a tag and of search results. */
export const POSTS_PER_PAGE = 10;

/** How many pages `total` posts fill (at least one, which may be empty). */
export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / POSTS_PER_PAGE));
}

/** A blog post's address (lib/posts/post-paths.ts says where each kind of post lives). */
export const postPath = (slug: string) => publicPath("post", slug);

/** /blog, then /blog/page/2, … */
export const blogPagePath = (page: number) => (page === 1 ? "/blog" : `/blog/page/${page}`);

/** /blog/tag/bond, then /blog/tag/bond/page/2, … */
export const tagPath = (slug: string, page = 1) => (page === 1 ? `/blog/tag/${slug}` : `/blog/tag/${slug}/page/${page}`);
