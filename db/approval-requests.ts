// Approval before publishing: an approval request is an editor's request that a post go live, waiting for the
// owner (lib/publishing/publishing-rights.ts says who must ask). At most one open request per post.
import "server-only";
import { and, count, desc, eq, isNotNull, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db, type Queryable } from "./client";
import { approvalRequests, posts, users, type PostKind } from "./schema";

export type ApprovalRequest = typeof approvalRequests.$inferSelect;
export type ApprovalAction = ApprovalRequest["action"];

/** The post's open request, or undefined. */
export function findOpenApprovalRequest(postId: number, q: Queryable = db()): ApprovalRequest | undefined {
  return q.select().from(approvalRequests).where(and(eq(approvalRequests.postId, postId), isNull(approvalRequests.decidedAt))).get();
}

/** Opens a request for the post, or renews the open one (a later request replaces what it asks). Call inside the save's transaction. */
export function requestApproval(q: Queryable, request: { postId: number; action: ApprovalAction; publishAt: Date | null; userId: number; now: Date }): void {
  const open = findOpenApprovalRequest(request.postId, q);
  const values = { action: request.action, publishAt: request.publishAt, requestedBy: request.userId, requestedAt: request.now };
  if (open) q.update(approvalRequests).set(values).where(eq(approvalRequests.id, open.id)).run();
  else q.insert(approvalRequests).values({ postId: request.postId, ...values }).run();
}

/** Closes the post's open request, if any: published, sent back with a note, or withdrawn. */
export function closeApprovalRequest(q: Queryable, postId: number, decision: { outcome: "published" | "returned" | "withdrawn"; userId: number; note?: string; now: Date }): boolean {
  const result = q
    .update(approvalRequests)
    .set({ outcome: decision.outcome, decidedBy: decision.userId, decidedAt: decision.now, note: decision.note ?? null })
    .where(and(eq(approvalRequests.postId, postId), isNull(approvalRequests.decidedAt)))
    .run();
  return result.changes > 0;
}

export type WaitingApproval = {
  postId: number;
  kind: PostKind;
  title: string;
  action: ApprovalAction;
  publishAt: Date | null;
  requestedAt: Date;
  requestedBy: string | null;
};

const requester = alias(users, "requester");

/** What waits for the owner, oldest first (posts in the trash wait until they are restored). */
export function listWaitingApprovals(): WaitingApproval[] {
  return db()
    .select({
      postId: approvalRequests.postId,
      kind: posts.kind,
      title: posts.title,
      action: approvalRequests.action,
      publishAt: approvalRequests.publishAt,
      requestedAt: approvalRequests.requestedAt,
      requestedBy: requester.name,
    })
    .from(approvalRequests)
    .innerJoin(posts, eq(posts.id, approvalRequests.postId))
    .leftJoin(requester, eq(requester.id, approvalRequests.requestedBy))
    .where(and(isNull(approvalRequests.decidedAt), isNull(posts.deletedAt)))
    .orderBy(approvalRequests.requestedAt, approvalRequests.id)
    .all();
}

export function countWaitingApprovals(): number {
  return (
    db()
      .select({ n: count() })
      .from(approvalRequests)
      .innerJoin(posts, eq(posts.id, approvalRequests.postId))
      .where(and(isNull(approvalRequests.decidedAt), isNull(posts.deletedAt)))
      .get()?.n ?? 0
  );
}

const decider = alias(users, "decider");

/** The post's last decided request when it was sent back and nothing was asked since: the owner's note for the editor. */
export function findReturnedApproval(postId: number): { note: string; by: string | null; at: Date } | undefined {
  if (findOpenApprovalRequest(postId)) return undefined;
  const last = db()
    .select({ outcome: approvalRequests.outcome, note: approvalRequests.note, at: approvalRequests.decidedAt, by: decider.name })
    .from(approvalRequests)
    .leftJoin(decider, eq(decider.id, approvalRequests.decidedBy))
    .where(and(eq(approvalRequests.postId, postId), isNotNull(approvalRequests.decidedAt)))
    .orderBy(desc(approvalRequests.decidedAt), desc(approvalRequests.id))
    .limit(1)
    .get();
  return last?.outcome === "returned" && last.at ? { note: last.note ?? "", by: last.by, at: last.at } : undefined;
}
