import type { Session } from "@/db/sessions";

export const IDLE_LIMIT_MS = 30 * 60_000;
export const ABSOLUTE_LIMIT_MS = 12 * 60 * 60_000;
// Don't write lastSeenAt on every request: once a minute is precise enough for a 30-minute limit.
export const TOUCH_EVERY_MS = 60_000;

// The admin warns this long before a session ends, with "Stay signed in" (WCAG 2.2.1).
export const WARN_BEFORE_END_MS = 2 * 60_000;

/** Milliseconds until the session ends by itself (idle or 12 hours), 0 once it has. */
export function sessionTimeLeft(session: Session, now = new Date()): number {
  if (session.revokedAt) return 0;
  const idleEnd = session.lastSeenAt.getTime() + IDLE_LIMIT_MS;
  const absoluteEnd = session.createdAt.getTime() + ABSOLUTE_LIMIT_MS;
  return Math.max(0, Math.min(idleEnd, absoluteEnd) - now.getTime());
}

/** Whether "Stay signed in" can give more time: not when the 12 hours are what ends it. */
export function sessionCanBeExtended(session: Session, now = new Date()): boolean {
  return session.createdAt.getTime() + ABSOLUTE_LIMIT_MS - now.getTime() > WARN_BEFORE_END_MS;
}

/** A session ends when revoked, after 30 minutes idle, or 12 hours after sign-in. */
export function isSessionAlive(session: Session, now = new Date()): boolean {
  if (session.revokedAt) return false;
  if (now.getTime() - session.lastSeenAt.getTime() > IDLE_LIMIT_MS) return false;
  return now.getTime() - session.createdAt.getTime() <= ABSOLUTE_LIMIT_MS;
}
