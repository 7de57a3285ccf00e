import { listFeedTranslations } from "@/db/translations/translations";
import { firmTexts } from "@/lib/i18n/firm-texts";
import { mediaUrl } from "@/lib/media/media-storage";
import { FEED_SIZE, rssFeed } from "@/lib/seo/rss-feed";
import { getSiteSettings } from "@/lib/site/settings";
import { siteUrl } from "@/lib/http/site-url";

// The Spanish blog's RSS feed: the posts the firm wrote in Spanish. Cached like /feed.xml.
export const revalidate = 60;

export function GET() {
  const origin = siteUrl();
  const site = getSiteSettings();
  const xml = rssFeed({
    site,
    origin,
    posts: listFeedTranslations("es", FEED_SIZE),
    coverUrl: (fileName) => `${origin}${mediaUrl(fileName)}`,
    lang: "es",
    description: firmTexts("es").tagline || `Artículos de ${site.firmName}`,
  });
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
