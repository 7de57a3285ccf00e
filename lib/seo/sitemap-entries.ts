// What the sitemap lists, cut into files of at most SITEMAP_FILE_URLS addresses: /sitemap.xml
// is their index (app/sitemap.xml/route.ts), /sitemap/0.xml… the files (app/sitemap/[file]). One
// file of 10,000 posts was 1.5 MB that Next copied for every crawler's request (22% of the
// 1,000-post site's speed, bench/README.md); Google reads an index as it reads one file.
import "server-only";
import type { MetadataRoute } from "next";
import { countPublicPosts, listPublicPostDates } from "@/db/posts";
import { listListedProfiles } from "@/db/profiles";
import { listPublicTags } from "@/db/tags";
import { blogPagePath, pageCount, postPath, tagPath } from "@/lib/posts/blog-paths";
import { attorneyPath, attorneyPaths, publicPath } from "@/lib/posts/post-paths";
import { countPublicTranslations, listPublicTranslationPaths } from "@/db/translations/translations";
import { langPath } from "@/lib/i18n/languages";
import { translatedPath } from "@/lib/posts/post-languages";
import { listTranslatedProfileSlugs } from "@/db/translations/profile-translations";
import { listPublicTranslatedTags } from "@/db/translations/tag-translations";

/** Addresses per file: Google takes 50,000; this keeps each about as large as a 1,000-post site's whole sitemap. */
export const SITEMAP_FILE_URLS = 1000;

/**
 * Every address the sitemap lists: the home page, the blog's pages, every public post and every
 * tag page, the firm's pages, practice areas and listed lawyers, with when each last changed.
 * The Spanish pages are listed too, and a page with a translation names both (hreflang
 * alternates, with x-default the English one).
 */
export function sitemapEntries(origin: string, now = new Date()): MetadataRoute.Sitemap {
  const posts = listPublicPostDates(now);
  const newest = posts.reduce<Date | undefined>((latest, p) => (!latest || p.changedAt > latest ? p.changedAt : latest), undefined);
  // Each translation, by its original's English path: the pair's alternates.
  const spanish = listPublicTranslationPaths("es", now);
  const spanishOf = new Map(spanish.map((row) => [publicPath(row.kind, row.originalSlug), translatedPath("es", row.kind, row.slug)]));
  const pair = (english: string, es: string) => ({ alternates: { languages: { en: `${origin}${english}`, es: `${origin}${es}`, "x-default": `${origin}${english}` } } });
  const withSpanish = (path: string) => {
    const es = spanishOf.get(path);
    return es ? pair(path, es) : {};
  };
  // A tag's first pages pair up when some of its posts are in Spanish; a lawyer's pages when their bio is.
  const spanishTags = listPublicTranslatedTags("es", now);
  const spanishTagSlugs = new Set(spanishTags.map((tag) => tag.slug));
  const tagPair = (slug: string) => pair(tagPath(slug), langPath("es", tagPath(slug)));
  const spanishLawyers = listTranslatedProfileSlugs("es");
  const lawyerPair = (slug: string) => pair(attorneyPaths(slug).en, attorneyPaths(slug).es);
  const entries: MetadataRoute.Sitemap = [
    { url: `${origin}/`, lastModified: newest, ...pair("/", "/es") },
    ...Array.from({ length: pageCount(countPublicPosts(now)) }, (_, i) => ({ url: `${origin}${blogPagePath(i + 1)}`, lastModified: newest, ...(i === 0 ? pair("/blog", "/es/blog") : {}) })),
    ...posts.map((post) => ({ url: `${origin}${postPath(post.slug)}`, lastModified: post.changedAt, ...withSpanish(postPath(post.slug)) })),
    ...listPublicTags(now).flatMap((tag) =>
      Array.from({ length: pageCount(tag.postCount) }, (_, i) => ({
        url: `${origin}${tagPath(tag.slug, i + 1)}`,
        lastModified: tag.lastPublishedAt,
        ...(i === 0 && spanishTagSlugs.has(tag.slug) ? tagPair(tag.slug) : {}),
      })),
    ),
    ...(["page", "practice_area"] as const).flatMap((kind) =>
      listPublicPostDates(now, kind).map((page) => ({ url: `${origin}${publicPath(kind, page.slug)}`, lastModified: page.changedAt, ...withSpanish(publicPath(kind, page.slug)) })),
    ),
    { url: `${origin}/practice-areas` },
    ...listListedProfiles().map((profile) => ({ url: `${origin}${attorneyPath(profile.slug)}`, ...(spanishLawyers.includes(profile.slug) ? lawyerPair(profile.slug) : {}) })),
    { url: `${origin}/contact`, ...pair("/contact", "/es/contact") },
    // The Spanish site: its home, blog pages, every public translation, tag pages, lawyers and contact page.
    { url: `${origin}/es`, lastModified: newest, ...pair("/", "/es") },
    ...Array.from({ length: pageCount(countPublicTranslations("es", now)) }, (_, i) => ({
      url: `${origin}${langPath("es", blogPagePath(i + 1))}`,
      lastModified: spanish.reduce<Date | undefined>((latest, row) => (!latest || row.changedAt > latest ? row.changedAt : latest), undefined),
      ...(i === 0 ? pair("/blog", "/es/blog") : {}),
    })),
    ...spanish.map((row) => ({ url: `${origin}${translatedPath("es", row.kind, row.slug)}`, lastModified: row.changedAt, ...pair(publicPath(row.kind, row.originalSlug), translatedPath("es", row.kind, row.slug)) })),
    ...spanishTags.flatMap((tag) =>
      Array.from({ length: pageCount(tag.postCount) }, (_, i) => ({
        url: `${origin}${langPath("es", tagPath(tag.slug, i + 1))}`,
        lastModified: tag.lastPublishedAt,
        ...(i === 0 ? tagPair(tag.slug) : {}),
      })),
    ),
    ...spanishLawyers.map((slug) => ({ url: `${origin}${attorneyPaths(slug).es}`, ...lawyerPair(slug) })),
    { url: `${origin}/es/contact`, ...pair("/contact", "/es/contact") },
  ];
  return entries;
}

export const sitemapFilePath = (id: number) => `/sitemap/${id}.xml`;

/** The entries cut into the sitemap's files, in order. */
export function sitemapFiles(entries: MetadataRoute.Sitemap): MetadataRoute.Sitemap[] {
  const files: MetadataRoute.Sitemap[] = [];
  for (let i = 0; i < entries.length; i += SITEMAP_FILE_URLS) files.push(entries.slice(i, i + SITEMAP_FILE_URLS));
  return files.length ? files : [[]];
}

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&${{ "<": "lt", ">": "gt", "&": "amp", "'": "apos", '"': "quot" }[c]};`);

const lastmod = (at: string | Date | undefined) => (at === undefined ? "" : `<lastmod>${new Date(at).toISOString()}</lastmod>`);

/** One file of the sitemap (sitemaps.org), each address with its language versions (xhtml:link, as Google reads them). */
export function sitemapFileXml(entries: MetadataRoute.Sitemap): string {
  const items = entries.map((entry) => {
    const languages = Object.entries(entry.alternates?.languages ?? {}).map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(String(href))}" />`);
    return `<url><loc>${escapeXml(entry.url)}</loc>${languages.join("")}${lastmod(entry.lastModified)}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${items.join("\n")}\n</urlset>\n`;
}

/** The sitemap index (sitemaps.org): each file's address and when the newest address in it changed. */
export function sitemapIndexXml(origin: string, files: MetadataRoute.Sitemap[]): string {
  const items = files.map((entries, id) => {
    const changed = entries.reduce<Date | undefined>((latest, entry) => {
      const at = entry.lastModified === undefined ? undefined : new Date(entry.lastModified);
      return at && (!latest || at > latest) ? at : latest;
    }, undefined);
    return `<sitemap><loc>${escapeXml(`${origin}${sitemapFilePath(id)}`)}</loc>${lastmod(changed)}</sitemap>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("\n")}\n</sitemapindex>\n`;
}
