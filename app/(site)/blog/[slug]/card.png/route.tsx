import { shareCard } from "@/components/blog/share-card";
import { findPublicPostBySlug } from "@/db/posts";
import { formatDate } from "@/lib/dates/format";
import { getSiteSettings } from "@/lib/site/settings";

// A post's share card (the firm's name and the post's title), for posts without a cover
// image. Rendered on first request, then cached like the post and refreshed with it.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<"/blog/[slug]/card.png">) {
  const post = findPublicPostBySlug((await params).slug);
  if (!post) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const site = getSiteSettings();
  return shareCard({ firmName: site.firmName, title: post.title, footer: `${post.authorName} · ${formatDate(post.publishedAt, site.timeZone)}` });
}
