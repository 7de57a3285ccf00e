// The first step of every public page of a post, a page or a practice area
// (/blog/[slug], /[slug], /practice-areas/[slug]): load it once per render (the metadata
// and the page share the lookup), and send an old address to where the post lives now.
import "server-only";
import { permanentRedirect } from "next/navigation";
import { cache } from "react";
import { findPublicPostBySlug, findRedirectedSlug, type PublicPost } from "@/db/posts";
import type { PostKind } from "@/db/schema";
import { publicPath } from "./post-paths";

/** The public `kind` at `slug`, or undefined; one database lookup per render. */
export const loadPublicPost = cache((slug: string, kind: PostKind): PublicPost | undefined => findPublicPostBySlug(slug, new Date(), kind));

/**
 * The public `kind` at `slug`. When there is none but a public one used to live there, a
 * permanent redirect (308) to where it is now; otherwise undefined (the page answers
 * `<MissingPage />`).
 */
export function publicPostOrRedirect(slug: string, kind: PostKind): PublicPost | undefined {
  const post = loadPublicPost(slug, kind);
  if (post) return post;
  const moved = findRedirectedSlug(slug, new Date(), kind);
  if (moved) permanentRedirect(publicPath(kind, moved));
  return undefined;
}
