import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/http/site-url";

// /robots.txt: crawlers keep out of the admin (post previews are there too) and the
// server's own routes; the sitemap lists everything else. Search results are crawlable
// but carry "noindex" (a disallowed page's noindex could never be read).
export const revalidate = 60;

export default function robots(): MetadataRoute.Robots {
  const origin = siteUrl();
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/api/"] }],
    sitemap: `${origin}/sitemap.xml`,
  };
}
