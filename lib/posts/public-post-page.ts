// The first step of every public page of a post, a page or a practice area
// (/blog/[slug], /[slug], /practice-areas/[slug]): load it once per render (the metadata
// and the page share the lookup), and send an old address to where the post lives now.
import "server-only";
import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { cache } from "react";
import { findPublicPostBySlug, findRedirectedSlug, type PublicPost } from "@/db/posts";
import type { PostKind } from "@/db/schema";
import { oldPathTarget } from "@/lib/import/old-url-redirect";
import { publicPageMetadata, seoFields, type PageDescription } from "@/lib/seo/page-metadata";
import { publicPath } from "./post-paths";
import { postTranslations } from "./post-languages";

/** The public `kind` at `slug`, or undefined; one database lookup per render. */
export const loadPublicPost = cache((slug: string, kind: PostKind): PublicPost | undefined => findPublicPostBySlug(slug, new Date(), kind));

/**
 * The public `kind` at `slug`. When there is none but a public one used to live there, or
 * an imported site had this address (a WordPress /%postname%, /feed), a permanent redirect
 * (308) to where it is now; otherwise undefined (the page answers `<MissingPage />`).
 */
export function publicPostOrRedirect(slug: string, kind: PostKind): PublicPost | undefined {
  const post = loadPublicPost(slug, kind);
  if (post) return post;
  const moved = findRedirectedSlug(slug, new Date(), kind);
  if (moved) permanentRedirect(publicPath(kind, moved));
  const old = oldPathTarget(publicPath(kind, slug).split("/").filter(Boolean));
  if (old) permanentRedirect(old);
  return undefined;
}

/**
 * The `<head>` of the public `kind` at `slug`: its address, its SEO title and description
 * (seoFields()), and whatever `more` adds (a post's share image and article fields);
 * "Page not found" when there is none.
 */
export function publicPostMetadata(slug: string, kind: PostKind, more: (post: PublicPost) => Partial<PageDescription> = () => ({})): Metadata {
  const post = loadPublicPost(slug, kind);
  if (!post) return { title: "Page not found" };
  return publicPageMetadata({ path: publicPath(kind, post.slug), ...seoFields(post), translations: postTranslations(post.id, kind, post.slug), ...more(post) });
}
