// The old site's addresses and where each leads now (lib/import/old-paths.ts normalises
// them). Read only when an address matches no page, so they cost the public pages nothing.
import "server-only";
import { eq } from "drizzle-orm";
import { db, type Queryable } from "./client";
import { oldUrls, posts } from "./schema";

/** Sets (or moves) an old address to a post or to a fixed path. */
export function setOldUrl(q: Queryable, path: string, target: { postId: number } | { targetPath: string }): void {
  const values = "postId" in target ? { postId: target.postId, targetPath: null } : { postId: null, targetPath: target.targetPath };
  q.insert(oldUrls)
    .values({ path, ...values })
    .onConflictDoUpdate({ target: oldUrls.path, set: values })
    .run();
}

/** Where an old address leads: the post's kind and slug when it is public, else a fixed path. */
export function findOldUrl(path: string, now = new Date()): { kind: typeof posts.$inferSelect.kind; slug: string } | { targetPath: string } | undefined {
  const row = db()
    .select({ targetPath: oldUrls.targetPath, postId: oldUrls.postId, kind: posts.kind, slug: posts.slug, status: posts.status, publishedAt: posts.publishedAt, deletedAt: posts.deletedAt })
    .from(oldUrls)
    .leftJoin(posts, eq(posts.id, oldUrls.postId))
    .where(eq(oldUrls.path, path))
    .get();
  if (!row) return undefined;
  if (row.targetPath) return { targetPath: row.targetPath };
  // A draft, a scheduled or a trashed post answers 404 like its own address does.
  if (row.kind && row.slug && row.status === "published" && !row.deletedAt && row.publishedAt && row.publishedAt <= now) return { kind: row.kind, slug: row.slug };
  return undefined;
}

/** Every old address with where it leads (the export). */
export function listOldUrls(): { path: string; postId: number | null; targetPath: string | null }[] {
  return db().select({ path: oldUrls.path, postId: oldUrls.postId, targetPath: oldUrls.targetPath }).from(oldUrls).all();
}
