// The site as a WordPress export (WXR 1.2): posts and pages with their dates, statuses,
// authors, tags, featured images and bodies, which WordPress's importer (and this site's)
// reads. Practice areas are written as pages under their own address.
import type { ExportPost } from "@/db/export";
import { publicPath } from "@/lib/posts/post-paths";

const cdata = (text: string) => `<![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
const wpDate = (date: Date | null) => (date ? date.toISOString().replace("T", " ").slice(0, 19) : "0000-00-00 00:00:00");

export type WxrSite = { title: string; siteUrl: string; now: Date };

export function wxrHead(site: WxrSite, authors: { slug: string; name: string }[], tags: { name: string; slug: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>${escapeXml(site.title)}</title>
<link>${escapeXml(site.siteUrl)}</link>
<pubDate>${site.now.toUTCString()}</pubDate>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>${escapeXml(site.siteUrl)}</wp:base_site_url>
<wp:base_blog_url>${escapeXml(site.siteUrl)}</wp:base_blog_url>
${authors.map((a, i) => `<wp:author><wp:author_id>${i + 1}</wp:author_id><wp:author_login>${cdata(a.slug)}</wp:author_login><wp:author_email>${cdata("")}</wp:author_email><wp:author_display_name>${cdata(a.name)}</wp:author_display_name></wp:author>`).join("\n")}
${tags.map((t, i) => `<wp:tag><wp:term_id>${i + 1}</wp:term_id><wp:tag_slug>${cdata(t.slug)}</wp:tag_slug><wp:tag_name>${cdata(t.name)}</wp:tag_name></wp:tag>`).join("\n")}
`;
}

/** The attachment item of a cover image (its id: 1,000,000 + the post's, clear of posts' ids). */
function attachmentItem(post: ExportPost, site: WxrSite): string {
  const url = `${site.siteUrl}/media/${post.coverFileName}`;
  return `<item><title>${cdata(post.coverFileName!)}</title><wp:post_id>${1_000_000 + post.id}</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status><wp:post_parent>${post.id}</wp:post_parent><wp:attachment_url>${cdata(url)}</wp:attachment_url><wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>${cdata(post.coverAlt ?? "")}</wp:meta_value></wp:postmeta></item>\n`;
}

export function wxrItem(post: ExportPost, site: WxrSite): string {
  const status = post.status === "draft" ? "draft" : post.publishedAt && post.publishedAt > site.now ? "future" : "publish";
  const link = `${site.siteUrl}${publicPath(post.kind, post.slug)}`;
  // Absolute image addresses: WordPress's importer (or this one) fetches them from here.
  const body = post.bodyHtml.replace(/(<img\b[^>]*\bsrc=")(\/media\/)/g, `$1${site.siteUrl}$2`);
  return `${post.coverFileName ? attachmentItem(post, site) : ""}<item>
<title>${cdata(post.title)}</title>
<link>${escapeXml(link)}</link>
<dc:creator>${cdata(post.authorSlug ?? "")}</dc:creator>
<guid isPermaLink="false">${escapeXml(`${site.siteUrl}/?p=${post.id}`)}</guid>
<content:encoded>${cdata(body)}</content:encoded>
<excerpt:encoded>${cdata(post.excerpt)}</excerpt:encoded>
<wp:post_id>${post.id}</wp:post_id>
<wp:post_date>${cdata(wpDate(post.publishedAt))}</wp:post_date>
<wp:post_date_gmt>${cdata(wpDate(post.publishedAt))}</wp:post_date_gmt>
<wp:post_name>${cdata(post.slug)}</wp:post_name>
<wp:status>${cdata(status)}</wp:status>
<wp:post_type>${cdata(post.kind === "post" ? "post" : "page")}</wp:post_type>
${post.tags.map((t) => `<category domain="post_tag" nicename="${escapeXml(t.toLowerCase().replace(/[^a-z0-9]+/g, "-"))}">${cdata(t)}</category>`).join("\n")}
${post.coverFileName ? `<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>${1_000_000 + post.id}</wp:meta_value></wp:postmeta>` : ""}
</item>
`;
}

export const WXR_TAIL = "</channel>\n</rss>\n";
