// The blog as an RSS 2.0 feed (/feed.xml): the newest public posts with their whole
// sanitized bodies, absolute links, dates in the firm's time zone, and GUIDs made from
// the post's id, so a feed reader does not see a post again when its address changes.
import "server-only";
import type { FeedPost } from "@/db/posts";
import { rfc822Date } from "@/lib/dates/format";
import { sanitizePostHtml } from "@/lib/posts/sanitize-html";
import type { SiteSettings } from "@/lib/site/settings-schema";
import { langPath, LOCALES, type Lang } from "@/lib/i18n/languages";

/** How many posts the feed carries. */
export const FEED_SIZE = 20;

// Characters XML 1.0 does not allow at all (a control character pasted into a post).
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text as XML character data or an attribute value. */
export function xmlEscape(text: string): string {
  return text.replace(NOT_XML, "").replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** A post's stable id in feeds: its row id, never its slug. */
export function postGuid(origin: string, postId: number): string {
  return `${origin}/#post-${postId}`;
}

/** Links and images in a body written relative to the site ("/contact") made absolute: a feed reader has no page to resolve them against. */
export function absoluteLinks(html: string, origin: string): string {
  return html.replace(/\b(href|src)="\/(?!\/)/g, `$1="${origin}/`);
}

export type FeedInput = {
  site: SiteSettings;
  origin: string;
  posts: FeedPost[];
  /** The absolute address of a cover image file. */
  coverUrl: (fileName: string) => string;
};

/** `lang`: the feed of the site in that language (/es/feed.xml), its posts the translations. */
export function rssFeed({ site, origin, posts, coverUrl, lang = "en", description }: FeedInput & { lang?: Lang; description?: string }): string {
  const zone = site.timeZone;
  const newest = posts.reduce<Date | undefined>((latest, post) => {
    const changed = post.contentUpdatedAt && post.contentUpdatedAt > post.publishedAt ? post.contentUpdatedAt : post.publishedAt;
    return !latest || changed > latest ? changed : latest;
  }, undefined);
  const items = posts.map((post) => {
    const link = `${origin}${langPath(lang, `/blog/${post.slug}`)}`;
    const cover = post.cover ? `<p><img src="${xmlEscape(coverUrl(post.cover.fileName))}" alt="${xmlEscape(post.cover.alt)}"></p>` : "";
    const body = cover + absoluteLinks(sanitizePostHtml(post.bodyHtml), origin);
    return [
      "<item>",
      `<title>${xmlEscape(post.title)}</title>`,
      `<link>${xmlEscape(link)}</link>`,
      `<guid isPermaLink="false">${xmlEscape(postGuid(origin, post.id) + (lang === "en" ? "" : `-${lang}`))}</guid>`,
      `<pubDate>${rfc822Date(post.publishedAt, zone)}</pubDate>`,
      `<dc:creator>${xmlEscape(post.authorName)}</dc:creator>`,
      post.excerpt ? `<description>${xmlEscape(post.excerpt)}</description>` : "",
      `<content:encoded>${xmlEscape(body)}</content:encoded>`,
      post.cover ? `<enclosure url="${xmlEscape(coverUrl(post.cover.fileName))}" length="${post.cover.byteSize}" type="${xmlEscape(post.cover.mimeType)}"/>` : "",
      "</item>",
    ]
      .filter(Boolean)
      .join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "<channel>",
    `<title>${xmlEscape(site.firmName)}</title>`,
    `<link>${xmlEscape(`${origin}${langPath(lang, "/blog")}`)}</link>`,
    `<atom:link href="${xmlEscape(`${origin}${langPath(lang, "/feed.xml")}`)}" rel="self" type="application/rss+xml"/>`,
    `<description>${xmlEscape(description ?? (site.tagline || `Posts from ${site.firmName}`))}</description>`,
    `<language>${LOCALES[lang].toLowerCase()}</language>`,
    newest ? `<lastBuildDate>${rfc822Date(newest, zone)}</lastBuildDate>` : "",
    ...items,
    "</channel>",
    "</rss>",
    "",
  ]
    .filter((line) => line !== "")
    .join("\n")
    .concat("\n");
}
