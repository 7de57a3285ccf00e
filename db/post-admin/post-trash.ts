// The trash: a trashed post leaves the public site at once and can come back until the trash is emptied.
import "server-only";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { db } from "../client";
import { posts } from "../schema";

/** Moves a post to the trash (it leaves the public site at once). */
export function trashPost(postId: number, now = new Date()): boolean {
  const result = db()
    .update(posts)
    .set({ deletedAt: now, updatedAt: now, revision: sql`${posts.revision} + 1` })
    .where(and(eq(posts.id, postId), isNull(posts.deletedAt)))
    .run();
  return result.changes === 1;
}

/** Takes a post out of the trash, with the status it had. */
export function restorePost(postId: number, now = new Date()): boolean {
  const result = db()
    .update(posts)
    .set({ deletedAt: null, updatedAt: now, revision: sql`${posts.revision} + 1` })
    .where(and(eq(posts.id, postId), isNotNull(posts.deletedAt)))
    .run();
  return result.changes === 1;
}

/**
 * Deletes every post in the trash for good (with its tags, redirects and pending changes).
 * Its kept versions stay, as advertising records: their post_id becomes null and they
 * keep the post's title and slug. Returns how many posts were deleted.
 */
export function emptyTrash(): number {
  return db().delete(posts).where(isNotNull(posts.deletedAt)).run().changes;
}
