// Where each kind of post lives on the public site. The browser imports this too (the
// editor shows the address as it is typed).
import type { PostKind } from "@/db/schema";

/** The public address of a post, page or practice area. */
export function publicPath(kind: PostKind, slug: string): string {
  if (kind === "page") return `/${slug}`;
  if (kind === "practice_area") return `/practice-areas/${slug}`;
  return `/blog/${slug}`;
}

/** The first words of the editor's heading and messages: "post", "page", "practice area". */
export const KIND_NAMES: Record<PostKind, string> = { post: "post", page: "page", practice_area: "practice area" };

/** Addresses the blog uses for its own pages (/blog/page/2, /blog/tag/bail): never a post's (of any kind). */
export const RESERVED_BLOG_SLUGS: readonly string[] = ["page", "tag"];

/**
 * Pages live at the site's top level (/about, /privacy): these addresses belong to the
 * site's own routes, or will, and can never be a page's.
 */
export const RESERVED_PAGE_SLUGS: readonly string[] = [
  "admin",
  "api",
  "attorneys",
  "blog",
  "contact",
  // The Spanish site (app/es).
  "es",
  "feed",
  "icon",
  "apple-icon",
  "manifest",
  "media",
  "practice-areas",
  "robots",
  "rss",
  "search",
  "sitemap",
  "tag",
  "tags",
];

/** A lawyer's public page: /attorneys/[slug]. */
export const attorneyPath = (profileSlug: string) => `/attorneys/${profileSlug}`;

/**
 * Where a byline leads: the author's page, or /about on a single-lawyer site (one listed
 * profile, `soleSlug`); nowhere for a post older than profiles.
 */
export function bylineHref(authorSlug: string | null, soleSlug: string | undefined): string | undefined {
  if (!authorSlug) return undefined;
  return authorSlug === soleSlug ? "/about" : attorneyPath(authorSlug);
}
