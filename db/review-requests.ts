// Review before publishing: an editor's request that a post go live, waiting for the
// owner (lib/publishing/publishing-rights.ts says who must ask). At most one open request per post.
// Below them, proposed changes to other public things (profiles, tag names, tag merges),
// which lib/publishing/proposals.ts applies.
import { and, asc, count, desc, eq, isNotNull, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db, type Queryable } from "./client";
import { posts, proposedChanges, reviewRequests, users, type PostKind, type ProposalKind } from "./schema";

export type ReviewRequest = typeof reviewRequests.$inferSelect;
export type ReviewAction = ReviewRequest["action"];

/** The post's open request, or undefined. */
export function findOpenReviewRequest(postId: number, q: Queryable = db()): ReviewRequest | undefined {
  return q.select().from(reviewRequests).where(and(eq(reviewRequests.postId, postId), isNull(reviewRequests.decidedAt))).get();
}

/** Opens a request for the post, or renews the open one (a later request replaces what it asks). Call inside the save's transaction. */
export function requestReview(q: Queryable, request: { postId: number; action: ReviewAction; publishAt: Date | null; userId: number; now: Date }): void {
  const open = findOpenReviewRequest(request.postId, q);
  const values = { action: request.action, publishAt: request.publishAt, requestedBy: request.userId, requestedAt: request.now };
  if (open) q.update(reviewRequests).set(values).where(eq(reviewRequests.id, open.id)).run();
  else q.insert(reviewRequests).values({ postId: request.postId, ...values }).run();
}

/** Closes the post's open request, if any: published, sent back with a note, or withdrawn. */
export function closeReviewRequest(q: Queryable, postId: number, decision: { outcome: "published" | "returned" | "withdrawn"; userId: number; note?: string; now: Date }): boolean {
  const result = q
    .update(reviewRequests)
    .set({ outcome: decision.outcome, decidedBy: decision.userId, decidedAt: decision.now, note: decision.note ?? null })
    .where(and(eq(reviewRequests.postId, postId), isNull(reviewRequests.decidedAt)))
    .run();
  return result.changes > 0;
}

export type WaitingReview = {
  postId: number;
  kind: PostKind;
  title: string;
  action: ReviewAction;
  publishAt: Date | null;
  requestedAt: Date;
  requestedBy: string | null;
};

const requester = alias(users, "requester");

/** What waits for the owner, oldest first (posts in the trash wait until they are restored). */
export function listWaitingReviews(): WaitingReview[] {
  return db()
    .select({
      postId: reviewRequests.postId,
      kind: posts.kind,
      title: posts.title,
      action: reviewRequests.action,
      publishAt: reviewRequests.publishAt,
      requestedAt: reviewRequests.requestedAt,
      requestedBy: requester.name,
    })
    .from(reviewRequests)
    .innerJoin(posts, eq(posts.id, reviewRequests.postId))
    .leftJoin(requester, eq(requester.id, reviewRequests.requestedBy))
    .where(and(isNull(reviewRequests.decidedAt), isNull(posts.deletedAt)))
    .orderBy(reviewRequests.requestedAt, reviewRequests.id)
    .all();
}

export function countWaitingReviews(): number {
  return (
    db()
      .select({ n: count() })
      .from(reviewRequests)
      .innerJoin(posts, eq(posts.id, reviewRequests.postId))
      .where(and(isNull(reviewRequests.decidedAt), isNull(posts.deletedAt)))
      .get()?.n ?? 0
  );
}

const decider = alias(users, "decider");

/** The post's last decided request when it was sent back and nothing was asked since: the owner's note for the editor. */
export function findReturnedReview(postId: number): { note: string; by: string | null; at: Date } | undefined {
  if (findOpenReviewRequest(postId)) return undefined;
  const last = db()
    .select({ outcome: reviewRequests.outcome, note: reviewRequests.note, at: reviewRequests.decidedAt, by: decider.name })
    .from(reviewRequests)
    .leftJoin(decider, eq(decider.id, reviewRequests.decidedBy))
    .where(and(eq(reviewRequests.postId, postId), isNotNull(reviewRequests.decidedAt)))
    .orderBy(desc(reviewRequests.decidedAt), desc(reviewRequests.id))
    .limit(1)
    .get();
  return last?.outcome === "returned" && last.at ? { note: last.note ?? "", by: last.by, at: last.at } : undefined;
}

// Proposed changes to profiles and tags.

export type ProposedChange = typeof proposedChanges.$inferSelect;
export type OpenProposal = ProposedChange & { requestedByName: string | null };

const open = isNull(proposedChanges.decidedAt);

/** Keeps a proposal; the same editor's earlier open one for the same thing is replaced (one open proposal each). */
export function proposeChange(change: { kind: ProposalKind; targetId: number; payload: Record<string, unknown>; userId: number }, now = new Date()): ProposedChange {
  return db().transaction((tx) => {
    tx.update(proposedChanges)
      .set({ outcome: "replaced", decidedAt: now, decidedBy: change.userId })
      .where(and(open, eq(proposedChanges.kind, change.kind), eq(proposedChanges.targetId, change.targetId), eq(proposedChanges.requestedBy, change.userId)))
      .run();
    return tx
      .insert(proposedChanges)
      .values({ kind: change.kind, targetId: change.targetId, payload: change.payload, requestedBy: change.userId, requestedAt: now })
      .returning()
      .get();
  });
}

/** What waits for the owner, oldest first, with who asked. */
export function listOpenProposals(): OpenProposal[] {
  return db()
    .select({ proposal: proposedChanges, requestedByName: users.name })
    .from(proposedChanges)
    .leftJoin(users, eq(users.id, proposedChanges.requestedBy))
    .where(open)
    .orderBy(asc(proposedChanges.requestedAt), asc(proposedChanges.id))
    .all()
    .map((row) => ({ ...row.proposal, requestedByName: row.requestedByName }));
}

export function countOpenProposals(): number {
  return db().select({ n: count() }).from(proposedChanges).where(open).get()?.n ?? 0;
}

export function findOpenProposal(id: number): ProposedChange | undefined {
  return db().select().from(proposedChanges).where(and(eq(proposedChanges.id, id), open)).get();
}

/** An editor's own open proposal for this thing (their form shows it waits). */
export function findOwnOpenProposal(kind: ProposalKind, targetId: number, userId: number): ProposedChange | undefined {
  return db()
    .select()
    .from(proposedChanges)
    .where(and(open, eq(proposedChanges.kind, kind), eq(proposedChanges.targetId, targetId), eq(proposedChanges.requestedBy, userId)))
    .get();
}

/** Closes an open proposal; false when it was already decided. */
export function closeProposal(id: number, outcome: "applied" | "declined", userId: number, now = new Date()): boolean {
  return db().update(proposedChanges).set({ outcome, decidedBy: userId, decidedAt: now }).where(and(eq(proposedChanges.id, id), open)).run().changes === 1;
}
