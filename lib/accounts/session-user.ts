import "server-only";
import { findSession, revokeSession, touchSession, type Session } from "@/db/sessions";
import { findUserById, type User } from "@/db/users";
import { isSessionAlive, TOUCH_EVERY_MS } from "./session-rules";

/**
 * The user behind a session id when the session is alive (not revoked, not idle too long,
 * not past its 12 hours) and the account can sign in; an ended session is marked so.
 * Shared by every check of a session: the admin's (lib/accounts/auth.ts) and next-auth's own
 * routes (the jwt callback in lib/accounts/auth-options.ts).
 */
export function liveSessionUser(
  sessionId: string,
  now = new Date(),
  { touch = true }: { touch?: boolean } = {},
): { user: User; sessionId: string; session: Session } | undefined {
  const row = findSession(sessionId);
  if (!row) return undefined;
  if (!isSessionAlive(row, now)) {
    revokeSession(row.id, now);
    return undefined;
  }
  const user = findUserById(row.userId);
  if (!user || !user.active || !user.passwordHash) return undefined;
  // Asking how long is left (the admin's session watch) is not activity: `touch: false`.
  if (touch && now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) touchSession(row.id, now);
  return { user, sessionId: row.id, session: row };
}
