import "server-only";
import { randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNotNull, isNull, lt, ne, or } from "drizzle-orm";
import { db } from "./client";
import { sessions } from "./schema";

export type Session = typeof sessions.$inferSelect;

/** A new session; signing in proved the password (and second factor) just now, so it starts stepped up. */
export function createSession(userId: number, device: { address?: string; userAgent?: string } = {}, now = new Date()): Session {
  const id = randomBytes(24).toString("base64url");
  return db()
    .insert(sessions)
    .values({ id, userId, createdAt: now, lastSeenAt: now, steppedUpAt: now, address: device.address?.slice(0, 64), userAgent: device.userAgent?.slice(0, 300) })
    .returning()
    .get();
}

export function findSession(id: string): Session | undefined {
  return db().select().from(sessions).where(eq(sessions.id, id)).get();
}

export function touchSession(id: string, now = new Date()): void {
  db().update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id)).run();
}

/** The person behind this session proved it again (current password or code) at `now`. */
export function markSteppedUp(id: string, now = new Date()): void {
  db().update(sessions).set({ steppedUpAt: now }).where(eq(sessions.id, id)).run();
}

export function revokeSession(id: string, now = new Date()): void {
  db().update(sessions).set({ revokedAt: now }).where(and(eq(sessions.id, id), isNull(sessions.revokedAt))).run();
}

/** Ends one session of this user (from "Your account"); false when it is not theirs or already ended. */
export function revokeSessionOf(userId: number, id: string, now = new Date()): boolean {
  return db().update(sessions).set({ revokedAt: now }).where(and(eq(sessions.id, id), eq(sessions.userId, userId), isNull(sessions.revokedAt))).run().changes === 1;
}

/** Ends every session of a user, except `keepId` (the one changing the password). */
export function revokeUserSessions(userId: number, keepId?: string, now = new Date()): void {
  const where = keepId
    ? and(eq(sessions.userId, userId), isNull(sessions.revokedAt), ne(sessions.id, keepId))
    : and(eq(sessions.userId, userId), isNull(sessions.revokedAt));
  db().update(sessions).set({ revokedAt: now }).where(where).run();
}

/** A user's sessions not revoked and seen since `seenSince`, last seen first (the caller applies the absolute limit too). */
export function listOpenSessions(userId: number, seenSince: Date): Session[] {
  return db()
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.lastSeenAt, seenSince)))
    .orderBy(desc(sessions.lastSeenAt))
    .all();
}

/** Deletes sessions that have ended: revoked, idle since `idleBefore`, or begun before `startedBefore` (the daily chores). */
export function pruneEndedSessions(idleBefore: Date, startedBefore: Date): number {
  return db()
    .delete(sessions)
    .where(or(isNotNull(sessions.revokedAt), lt(sessions.lastSeenAt, idleBefore), lt(sessions.createdAt, startedBefore)))
    .run().changes;
}
