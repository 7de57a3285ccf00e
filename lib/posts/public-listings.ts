// What the blog's list pages and the 404 page show, loaded in one place so their
// components only render (components never call db/).
import "server-only";
import { permanentRedirect } from "next/navigation";
import { countPublicPosts, listPublicPosts, type PostSummary } from "@/db/posts";
import { soleListedProfileSlug } from "@/db/profiles";
import { findPublicTag, findTagRedirect } from "@/db/tags";
import { pageCount, POSTS_PER_PAGE, tagPath } from "@/lib/posts/blog-paths";
import { getSiteSettings } from "@/lib/site/settings";
import { countPublicTranslations, listPublicTranslations } from "@/db/translations/translations";
import { findPublicTranslatedTag, type PublicTranslatedTag } from "@/db/translations/tag-translations";
import { langPath, type Lang, type TranslationLang } from "@/lib/i18n/languages";

export type ListedTag = NonNullable<ReturnType<typeof findPublicTag>>;

/** A page of a post list: its posts, how many pages there are, and what their bylines need. */
export type PostListing = { page: number; pages: number; posts: PostSummary[]; timeZone: string; soleAuthorSlug: string | undefined };

function listing(page: number, pages: number, posts: PostSummary[]): PostListing {
  return { page, pages, posts, timeZone: getSiteSettings().timeZone, soleAuthorSlug: soleListedProfileSlug() };
}

/** Page `page` of the blog, or undefined past the last page (a 404). */
export function loadBlogListing(page: number): PostListing | undefined {
  const pages = pageCount(countPublicPosts());
  if (page > pages) return undefined;
  return listing(page, pages, listPublicPosts({ limit: POSTS_PER_PAGE, offset: (page - 1) * POSTS_PER_PAGE }));
}

/**
 * Page `page` of the tag at `slug` when it has public posts; a renamed or merged tag's old
 * address redirects (308) to where it is now; anything else is undefined (a 404).
 */
export function loadTagListing(slug: string, page: number): (PostListing & { tag: ListedTag }) | undefined {
  const tag = findPublicTag(slug);
  if (!tag) {
    const moved = findTagRedirect(slug);
    if (moved) permanentRedirect(tagPath(moved, page));
    return undefined;
  }
  const pages = pageCount(tag.postCount);
  if (page > pages) return undefined;
  return { ...listing(page, pages, listPublicPosts({ limit: POSTS_PER_PAGE, offset: (page - 1) * POSTS_PER_PAGE, tagId: tag.id })), tag };
}

/** The latest posts the 404 page offers instead (in Spanish: the latest translated ones). */
export function loadLatestPosts(lang: Lang = "en"): { posts: PostSummary[]; soleAuthorSlug: string | undefined } {
  return { posts: lang === "en" ? listPublicPosts({ limit: 3 }) : listPublicTranslations(lang, { limit: 3 }), soleAuthorSlug: soleListedProfileSlug() };
}

/** Page `page` of the blog in `lang`: only the posts that have a public version in it. */
export function loadTranslatedBlogListing(lang: TranslationLang, page: number): PostListing | undefined {
  const pages = pageCount(countPublicTranslations(lang));
  if (page > pages) return undefined;
  return listing(page, pages, listPublicTranslations(lang, { limit: POSTS_PER_PAGE, offset: (page - 1) * POSTS_PER_PAGE }));
}

/**
 * Page `page` of the tag at `slug` in `lang`: only its posts with a public version in that
 * language; a tag with none is undefined (a 404), a renamed or merged tag's old address
 * redirects (308) as in English.
 */
export function loadTranslatedTagListing(lang: TranslationLang, slug: string, page: number): (PostListing & { tag: PublicTranslatedTag }) | undefined {
  const tag = findPublicTranslatedTag(lang, slug);
  if (!tag) {
    const moved = findTagRedirect(slug);
    if (moved) permanentRedirect(langPath(lang, tagPath(moved, page)));
    return undefined;
  }
  const pages = pageCount(tag.postCount);
  if (page > pages) return undefined;
  return { ...listing(page, pages, listPublicTranslations(lang, { limit: POSTS_PER_PAGE, offset: (page - 1) * POSTS_PER_PAGE, tagId: tag.id })), tag };
}

/** Whether some public blog posts have no public version in `lang` (its blog then offers the English one). */
export function hasUntranslatedPosts(lang: TranslationLang): boolean {
  return countPublicPosts() > countPublicTranslations(lang);
}
