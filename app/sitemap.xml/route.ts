import { siteUrl } from "@/lib/http/site-url";
import { sitemapEntries, sitemapFiles, sitemapIndexXml } from "@/lib/seo/sitemap-entries";

// /sitemap.xml: the index of the sitemap's files (app/sitemap.ts), the address robots.txt
// gives. Cached like the public pages and refreshed with them.
export const revalidate = 60;

export function GET() {
  const origin = siteUrl();
  return new Response(sitemapIndexXml(origin, sitemapFiles(sitemapEntries(origin))), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
