// Published posts and pages whose last legal review is more than a year old.
import "server-only";
import { and, asc, eq, lt, sql } from "drizzle-orm";
import { db } from "../client";
import { isPublic } from "../post-visibility";
import { bylineColumns } from "../posts";
import { posts, profiles, users, type PostKind } from "../schema";

export type ReviewDueRow = { id: number; kind: PostKind; title: string; publishedAt: Date | null; lastReviewedAt: Date | null; authorName: string };

/**
 * Published posts and pages nobody has marked reviewed since `before` (12 months ago, for
 * the admin's list): never reviewed ones count from their publication. Oldest first.
 */
export function listPostsDueForReview(before: Date, now = new Date()): ReviewDueRow[] {
  const reviewedOrPublished = sql`coalesce(${posts.lastReviewedAt}, ${posts.publishedAt})`;
  return db()
    .select({ id: posts.id, kind: posts.kind, title: posts.title, publishedAt: posts.publishedAt, lastReviewedAt: posts.lastReviewedAt, authorName: bylineColumns.authorName })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.createdBy))
    .leftJoin(profiles, eq(profiles.id, posts.bylineProfileId))
    .where(and(isPublic(now, "any"), lt(reviewedOrPublished, before.getTime())))
    .orderBy(asc(reviewedOrPublished), asc(posts.id))
    .all();
}
