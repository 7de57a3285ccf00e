import { siteUrl } from "@/lib/http/site-url";
import { sitemapEntries, sitemapFileXml, sitemapFiles } from "@/lib/seo/sitemap-entries";

// /sitemap/0.xml, /sitemap/1.xml…: the sitemap's files, listed by /sitemap.xml. Rendered on
// first request, then cached like the public pages and refreshed with them.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<"/sitemap/[file]">) {
  const id = /^(\d{1,6})\.xml$/.exec((await params).file)?.[1];
  const entries = id === undefined ? undefined : sitemapFiles(sitemapEntries(siteUrl()))[Number(id)];
  if (!entries) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(sitemapFileXml(entries), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
