import type { Session } from "@/db/sessions";

export const IDLE_LIMIT_MS = 30 * 60_000;
export const ABSOLUTE_LIMIT_MS = 12 * 60 * 60_000;
// Don't write lastSeenAt on every request: once a minute is precise enough for a 30-minute limit.
export const TOUCH_EVERY_MS = 60_000;

/** A session ends when revoked, after 30 minutes idle, or 12 hours after sign-in. */
export function isSessionAlive(session: Session, now = new Date()): boolean {
  if (session.revokedAt) return false;
  if (now.getTime() - session.lastSeenAt.getTime() > IDLE_LIMIT_MS) return false;
  return now.getTime() - session.createdAt.getTime() <= ABSOLUTE_LIMIT_MS;
}
