import { listFeedPosts } from "@/db/posts";
import { mediaUrl } from "@/lib/media/media-storage";
import { FEED_SIZE, rssFeed } from "@/lib/seo/rss-feed";
import { getSiteSettings } from "@/lib/site/settings";
import { siteUrl } from "@/lib/http/site-url";

// The blog's RSS feed. Cached like the public pages and refreshed with them: a publish
// shows here on the next request.
export const revalidate = 60;

export function GET() {
  const origin = siteUrl();
  const xml = rssFeed({ site: getSiteSettings(), origin, posts: listFeedPosts(FEED_SIZE), coverUrl: (fileName) => `${origin}${mediaUrl(fileName)}` });
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
