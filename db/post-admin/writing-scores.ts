// The writing checks' two scores kept with each post (lib/writing/post-scores.ts), and the posts that have none yet.
import "server-only";
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import { db } from "../client";
import { postDrafts, posts } from "../schema";

export type WritingScores = { readability: number | null; search: number | null };

/** What the scores are computed from: the latest saved content (pending changes when there are some). */
export type ScoredContent = { title: string; slug: string; excerpt: string; bodyHtml: string; seoTitle: string | null; seoDescription: string | null };

export function setWritingScores(postId: number, scores: WritingScores): void {
  db().update(posts).set({ readabilityScore: scores.readability, searchScore: scores.search }).where(eq(posts.id, postId)).run();
}

/** Many posts' scores in one transaction: one commit (one fsync) for a whole import or start-up backfill, not one each. */
export function setWritingScoresOfMany(scored: { postId: number; scores: WritingScores }[]): void {
  db().transaction(() => {
    for (const { postId, scores } of scored) setWritingScores(postId, scores);
  });
}

/**
 * Posts whose scores were never computed (older than the scores, or written by other means),
 * with their latest content. The search score is null only then (or for a post with no title
 * and no text, cheap to read again); readability is null too for a post without text.
 */
export function listPostsWithoutScores(page: { afterId: number; limit: number }): ({ id: number } & ScoredContent)[] {
  return db()
    .select({ id: posts.id, post: { title: posts.title, slug: posts.slug, excerpt: posts.excerpt, bodyHtml: posts.bodyHtml, seoTitle: posts.seoTitle, seoDescription: posts.seoDescription }, draft: { title: postDrafts.title, slug: postDrafts.slug, excerpt: postDrafts.excerpt, bodyHtml: postDrafts.bodyHtml, seoTitle: postDrafts.seoTitle, seoDescription: postDrafts.seoDescription } })
    .from(posts)
    .leftJoin(postDrafts, eq(postDrafts.postId, posts.id))
    .where(and(isNull(posts.searchScore), gt(posts.id, page.afterId)))
    .orderBy(asc(posts.id))
    .limit(page.limit)
    .all()
    .map((row) => ({ id: row.id, ...(row.draft?.title != null ? row.draft : row.post) }) as { id: number } & ScoredContent);
}
