import { randomBytes } from "node:crypto";
import { and, eq, isNull, ne } from "drizzle-orm";
import { db } from "./client";
import { sessions } from "./schema";

export type Session = typeof sessions.$inferSelect;

export function createSession(userId: number, now = new Date()): Session {
  const id = randomBytes(24).toString("base64url");
  return db().insert(sessions).values({ id, userId, createdAt: now, lastSeenAt: now }).returning().get();
}

export function findSession(id: string): Session | undefined {
  return db().select().from(sessions).where(eq(sessions.id, id)).get();
}

export function touchSession(id: string, now = new Date()): void {
  db().update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id)).run();
}

export function revokeSession(id: string, now = new Date()): void {
  db().update(sessions).set({ revokedAt: now }).where(and(eq(sessions.id, id), isNull(sessions.revokedAt))).run();
}

/** Ends every session of a user, except `keepId` (the one changing the password). */
export function revokeUserSessions(userId: number, keepId?: string, now = new Date()): void {
  const where = keepId
    ? and(eq(sessions.userId, userId), isNull(sessions.revokedAt), ne(sessions.id, keepId))
    : and(eq(sessions.userId, userId), isNull(sessions.revokedAt));
  db().update(sessions).set({ revokedAt: now }).where(where).run();
}
