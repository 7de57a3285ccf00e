// Proposed changes to other public things than posts (profiles, tag names, tag merges): an
// editor without publishing rights proposes, the owner applies or declines
// (lib/publishing/proposals.ts). A post's changes go through approval requests instead
// (db/approval-requests.ts).
import "server-only";
import { and, asc, count, eq, isNull } from "drizzle-orm";
import { db } from "./client";
import { proposedChanges, users, type ProposalKind } from "./schema";

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
