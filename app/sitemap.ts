import type { MetadataRoute } from "next";
import { countPublicPosts, listPublicPostDates } from "@/db/posts";
import { listListedProfiles } from "@/db/profiles";
import { listPublicTags } from "@/db/tags";
import { blogPagePath, pageCount, postPath, tagPath } from "@/lib/posts/blog-paths";
import { attorneyPath, publicPath } from "@/lib/posts/post-paths";
import { siteUrl } from "@/lib/http/site-url";

// /sitemap.xml: the home page, the blog's pages, every public post and every tag page, the
// firm's pages, practice areas and listed lawyers, with when each last changed. Cached like
// the public pages and refreshed with them.
export const revalidate = 60;

export default function sitemap(): MetadataRoute.Sitemap {
  const origin = siteUrl();
  const now = new Date();
  const posts = listPublicPostDates(now);
  const newest = posts.reduce<Date | undefined>((latest, p) => (!latest || p.changedAt > latest ? p.changedAt : latest), undefined);
  const entries: MetadataRoute.Sitemap = [
    { url: `${origin}/`, lastModified: newest },
    ...Array.from({ length: pageCount(countPublicPosts(now)) }, (_, i) => ({ url: `${origin}${blogPagePath(i + 1)}`, lastModified: newest })),
    ...posts.map((post) => ({ url: `${origin}${postPath(post.slug)}`, lastModified: post.changedAt })),
    ...listPublicTags(now).flatMap((tag) =>
      Array.from({ length: pageCount(tag.postCount) }, (_, i) => ({ url: `${origin}${tagPath(tag.slug, i + 1)}`, lastModified: tag.lastPublishedAt })),
    ),
    ...(["page", "practice_area"] as const).flatMap((kind) =>
      listPublicPostDates(now, kind).map((page) => ({ url: `${origin}${publicPath(kind, page.slug)}`, lastModified: page.changedAt })),
    ),
    { url: `${origin}/practice-areas` },
    ...listListedProfiles().map((profile) => ({ url: `${origin}${attorneyPath(profile.slug)}` })),
    { url: `${origin}/contact` },
  ];
  return entries;
}
