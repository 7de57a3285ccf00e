// Where each kind of post lives on the public site. The browser imports this too (the
// editor shows the address as it is typed).
import type { PostKind } from "@/db/schema";
import { langPath, type Lang } from "@/lib/i18n/languages";

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

/** Where a byline on a page in `lang` leads, and that page's language when it is not `lang`. */
export type BylineLink = { href: string; hrefLang?: Lang };

/**
 * A byline on a page in `lang`: the author's page in that language when their bio was
 * written in it (`authorTranslated`), else where the English byline leads, said to be English.
 */
export function bylineLink(authorSlug: string | null, soleSlug: string | undefined, lang: Lang, authorTranslated = false): BylineLink | undefined {
  const english = bylineHref(authorSlug, soleSlug);
  if (!english || !authorSlug || lang === "en") return english === undefined ? undefined : { href: english };
  return authorTranslated ? { href: langPath(lang, attorneyPath(authorSlug)) } : { href: english, hrefLang: "en" };
}

/** A lawyer's page in both languages, for a lawyer whose bio the firm also wrote in Spanish (the hreflang pair, the sitemap, the language switch). */
export function attorneyPaths(profileSlug: string): { en: string; es: string } {
  return { en: attorneyPath(profileSlug), es: langPath("es", attorneyPath(profileSlug)) };
}
