// What every public page tells search engines and link previews: its canonical address,
// title and description, Open Graph and Twitter card tags with a 1200×630 image, the feed,
// and whether to index it. One builder, so no page forgets a tag.
import { attorneyPath } from "@/lib/posts/post-paths";
import "server-only";
import { createHash } from "node:crypto";
import type { Metadata } from "next";
import { getSiteSettings } from "@/lib/site/settings";
import { listListedProfiles } from "@/db/profiles";
import { mediaUrl } from "@/lib/media/media-storage";
import type { AttorneyInput, SiteAddresses } from "./structured-data";
import { siteUrl } from "@/lib/http/site-url";
import { hreflangAlternates, type Translations } from "@/lib/i18n/alternates";
import { langPath, OG_LOCALES, type Lang } from "@/lib/i18n/languages";

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

export type ShareImage = { url: string; width?: number; height?: number; alt: string; type?: string };

/** The firm's own share card (/card.png): the image of every page without one of its own. */
export function siteCardUrl(origin = siteUrl()): string {
  return `${origin}/card.png`;
}

/**
 * A post's generated share card. Its address changes with what it shows, so a network
 * that keeps previews by image address fetches the new one after a title changes.
 */
export function postCardUrl(slug: string, title: string, origin = siteUrl()): string {
  const version = createHash("sha256").update(`${getSiteSettings().firmName}\n${title}`).digest("hex").slice(0, 10);
  return `${origin}/blog/${slug}/card.png?v=${version}`;
}

/**
 * What a shared link to a post shows: its cover when it has one, else its generated card
 * (the English post's: `cardSlug`, for a translation its original's slug).
 */
export function postShareImage(post: { slug: string; title: string; cover: { fileName: string; alt: string; width: number | null; height: number | null } | null }, cardSlug = post.slug): ShareImage {
  const origin = siteUrl();
  if (post.cover) {
    return {
      url: `${origin}${mediaUrl(post.cover.fileName)}`,
      alt: post.cover.alt,
      ...(post.cover.width && post.cover.height ? { width: post.cover.width, height: post.cover.height } : {}),
    };
  }
  return { url: postCardUrl(cardSlug, post.title, origin), ...SHARE_IMAGE, alt: post.title, type: "image/png" };
}

/** The firm's listed lawyers as structured data describes them (lib/seo/structured-data.ts). */
export function firmAttorneys(origin = siteUrl()): AttorneyInput[] {
  return listListedProfiles().map((profile) => ({
    slug: profile.slug,
    name: profile.displayName,
    title: profile.title,
    url: `${origin}${attorneyPath(profile.slug)}`,
    imageUrl: profile.photo ? `${origin}${mediaUrl(profile.photo.fileName)}` : undefined,
    languages: profile.languages,
    email: profile.publicEmail,
  }));
}

/** The firm's addresses that structured data names (lib/seo/structured-data.ts). */
export function firmAddresses(origin = siteUrl()): SiteAddresses {
  return { origin, logoUrl: `${origin}/icon/512`, imageUrl: siteCardUrl(origin) };
}

export type PageDescription = {
  /** The path of the page's canonical address ("/blog/page/2"). */
  path: string;
  /** The page's own title: the layout adds " | Firm name". Absent: the firm's name alone (the home page). */
  title?: string;
  /** Falls back to the firm's tagline. */
  description?: string;
  image?: ShareImage;
  /** For a post: Open Graph's article fields. */
  article?: { publishedAt: Date; updatedAt: Date | null; authorName: string; tags: string[] };
  /** Search results: kept out of search engines, though their links are followed. */
  noindex?: boolean;
  /** The page's language (English unless told). */
  lang?: Lang;
  /**
   * The paths of this page in each language it really exists in (its own included): the
   * hreflang alternates and og:locale:alternate. Absent: the page exists in its language only.
   */
  translations?: Translations;
};

/**
 * What search engines and link previews call a post, page or practice area: its SEO title
 * and description when the writer gave them, else its title and excerpt (none: the
 * firm's tagline, in publicPageMetadata()).
 */
export function seoFields(post: { title: string; excerpt: string; seoTitle: string | null; seoDescription: string | null }): { title: string; description: string | undefined } {
  return { title: post.seoTitle || post.title, description: post.seoDescription || post.excerpt || undefined };
}

/** Search results show about 160 characters of a description: longer ones end at a word, with "…". */
function shortened(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).trimEnd()}…`;
}

export function publicPageMetadata(page: PageDescription): Metadata {
  const site = getSiteSettings();
  const origin = siteUrl();
  const url = `${origin}${page.path === "/" ? "/" : page.path}`;
  const title = page.title ?? site.firmName;
  const description = shortened(page.description || site.tagline) || undefined;
  const image: ShareImage = page.image ?? { url: siteCardUrl(origin), ...SHARE_IMAGE, alt: site.firmName, type: "image/png" };
  const lang = page.lang ?? "en";
  const others = Object.keys(page.translations ?? {}).filter((other) => other !== lang) as Lang[];
  return {
    ...(page.title === undefined ? { title: { absolute: site.firmName } } : { title: page.title }),
    description,
    alternates: {
      canonical: url,
      ...(page.translations ? { languages: hreflangAlternates(page.translations, origin) } : {}),
      types: { "application/rss+xml": [{ url: `${origin}${langPath(lang, "/feed.xml")}`, title: `${site.firmName}: posts` }] },
    },
    openGraph: {
      siteName: site.firmName,
      locale: OG_LOCALES[lang],
      ...(others.length ? { alternateLocale: others.map((other) => OG_LOCALES[other]) } : {}),
      url,
      title,
      description,
      images: [image],
      ...(page.article
        ? {
            type: "article",
            publishedTime: page.article.publishedAt.toISOString(),
            ...(page.article.updatedAt && page.article.updatedAt > page.article.publishedAt ? { modifiedTime: page.article.updatedAt.toISOString() } : {}),
            authors: [page.article.authorName],
            tags: page.article.tags,
          }
        : { type: "website" }),
    },
    twitter: { card: "summary_large_image", title, description, images: [{ url: image.url, alt: image.alt }] },
    ...(page.noindex ? { robots: { index: false, follow: true } } : {}),
  };
}
