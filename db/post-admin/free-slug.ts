// Which slug a saved post may take: refused when another post has it or an old address
// of another post still leads there; a title's slug steps to slug-2, slug-3… instead.
import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { Queryable } from "../client";
import { posts, slugRedirects } from "../schema";

/**
 * The slug itself when this post may take it, else the first free one of slug-2, slug-3…
 * (cut to fit 80 characters): a new post whose title another post already has is saved
 * under its own address rather than not at all.
 */
export function freeSlug(tx: Queryable, slug: string, postId?: number): string {
  if (!slugClash(tx, slug, postId)) return slug;
  for (let n = 2; n < 1000; n++) {
    const suffix = `-${n}`;
    const candidate = `${slug.slice(0, 80 - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (!slugClash(tx, candidate, postId)) return candidate;
  }
  return slug;
}

/** Why a slug cannot be used by this post, or undefined when it can. */
export function slugClash(tx: Queryable, slug: string, postId?: number): string | undefined {
  const other = tx
    .select({ id: posts.id })
    .from(posts)
    .where(postId === undefined ? eq(posts.slug, slug) : and(eq(posts.slug, slug), ne(posts.id, postId)))
    .get();
  if (other) return "Another post already uses this address. Choose a different slug.";
  const redirect = tx.select({ postId: slugRedirects.postId }).from(slugRedirects).where(eq(slugRedirects.oldSlug, slug)).get();
  if (redirect && redirect.postId !== postId) return "This address used to belong to another post and still leads there. Choose a different slug.";
  return undefined;
}
