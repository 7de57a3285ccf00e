import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { db } from "./client";
import type { QueuedMail } from "./inquiries/inquiries";
import { outbox, passwordResets, sessions, users } from "./schema";

/** A reset and its mail, in one transaction: the link exists only if its mail is queued. */
export function createPasswordReset(userId: number, tokenHash: string, expiresAt: Date, mail: QueuedMail, now = new Date()): void {
  db().transaction((tx) => {
    tx.insert(passwordResets).values({ userId, tokenHash, expiresAt, createdAt: now }).run();
    tx.insert(outbox).values({ ...mail, nextAttemptAt: now, createdAt: now }).run();
  });
}

/** The account a reset link is for, while the link is unused, unexpired and the account may sign in. */
export function findUsablePasswordReset(tokenHash: string, now = new Date()): { userId: number; email: string; name: string; passwordHash: string | null } | undefined {
  return db()
    .select({ userId: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now), eq(users.active, true)))
    .get();
}

/**
 * Uses the link: the new password, every link of the account spent, every session ended,
 * all or nothing. False when the link was used (or expired) in the meantime.
 */
export function completePasswordReset(tokenHash: string, userId: number, passwordHash: string, now = new Date()): boolean {
  return db().transaction((tx) => {
    const taken = tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(and(eq(passwordResets.tokenHash, tokenHash), eq(passwordResets.userId, userId), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)))
      .run();
    if (taken.changes !== 1) return false;
    tx.update(passwordResets).set({ usedAt: now }).where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt))).run();
    tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, userId)).run();
    tx.update(sessions).set({ revokedAt: now }).where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt))).run();
    return true;
  });
}
