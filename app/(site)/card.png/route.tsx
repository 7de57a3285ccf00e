import { shareCard } from "@/components/blog/share-card";
import { getSiteSettings } from "@/lib/site/settings";
import { siteUrl } from "@/lib/http/site-url";

// The firm's share card: the preview image of every page without one of its own
// (lib/seo/page-metadata.ts). Cached like the public pages and refreshed with them.
export const revalidate = 60;

export async function GET() {
  const site = getSiteSettings();
  return shareCard({ firmName: site.firmName, title: site.tagline || site.firmName, footer: site.phone || new URL(siteUrl()).host });
}
