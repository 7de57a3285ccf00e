import "server-only";
import { and, asc, desc, eq, isNull, lt, lte, sql } from "drizzle-orm";
import { db } from "./client";
import { inquiries, outbox } from "./schema";

export type OutboxMail = typeof outbox.$inferSelect;

/** Unsent mail whose time has come, oldest first. */
export function dueOutboxMail(now = new Date(), limit = 20): OutboxMail[] {
  return db()
    .select()
    .from(outbox)
    .where(and(isNull(outbox.sentAt), lte(outbox.nextAttemptAt, now)))
    .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
    .limit(limit)
    .all();
}

export function markOutboxSent(id: number, now = new Date()): void {
  db().update(outbox).set({ sentAt: now, lastError: null }).where(eq(outbox.id, id)).run();
}

export function markOutboxFailed(id: number, attempts: number, error: string, nextAttemptAt: Date): void {
  db()
    .update(outbox)
    .set({ attempts, lastError: error.slice(0, 500), nextAttemptAt })
    .where(eq(outbox.id, id))
    .run();
}

export function countUnsentOutbox(): number {
  return db().select({ n: sql<number>`count(*)` }).from(outbox).where(isNull(outbox.sentAt)).get()?.n ?? 0;
}

export type UnsentMail = {
  id: number;
  subject: string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
  createdAt: Date;
  inquiryId: number | null;
  reference: string | null;
};

/** Mail not sent yet that has failed at least once or waited longer than `waitedMs`: what the inbox warns about. */
export function listStuckOutbox(waitedMs: number, limit = 20, now = new Date()): UnsentMail[] {
  const olderThan = new Date(now.getTime() - waitedMs);
  return db()
    .select({
      id: outbox.id,
      subject: outbox.subject,
      attempts: outbox.attempts,
      lastError: outbox.lastError,
      nextAttemptAt: outbox.nextAttemptAt,
      createdAt: outbox.createdAt,
      inquiryId: outbox.inquiryId,
      reference: inquiries.reference,
    })
    .from(outbox)
    .leftJoin(inquiries, eq(inquiries.id, outbox.inquiryId))
    .where(and(isNull(outbox.sentAt), sql`(${outbox.attempts} > 0 or ${outbox.createdAt} < ${olderThan.getTime()})`))
    .orderBy(desc(outbox.createdAt))
    .limit(limit)
    .all();
}

/** The mail queued for one inquiry (recipient hidden: the page shows only its fate). */
export function outboxForInquiry(inquiryId: number) {
  return db()
    .select({
      id: outbox.id,
      subject: outbox.subject,
      attempts: outbox.attempts,
      lastError: outbox.lastError,
      sentAt: outbox.sentAt,
      nextAttemptAt: outbox.nextAttemptAt,
    })
    .from(outbox)
    .where(eq(outbox.inquiryId, inquiryId))
    .orderBy(asc(outbox.id))
    .all();
}

/** Sent mail older than `before` is of no further use. */
export function deleteSentOutbox(before: Date): number {
  return db().delete(outbox).where(and(sql`${outbox.sentAt} is not null`, lt(outbox.sentAt, before))).run().changes;
}

/** Queues mail that belongs to no inquiry (an account's security notices); the worker sends it. */
export function queueMail(mails: { toAddress: string; subject: string; textBody: string }[], now = new Date()): void {
  if (mails.length === 0) return;
  db()
    .insert(outbox)
    .values(mails.map((mail) => ({ ...mail, nextAttemptAt: now, createdAt: now })))
    .run();
}
