// "Confirm it's you": what a session must show again before it changes how the account
// signs in (a second factor, recovery codes, the password). A session alone is not enough:
// one left open or stolen must not be able to lock its owner out. Signing in counts, and so
// does the current password or a code from the authenticator app, for STEP_UP_MS.
import "server-only";
import { findSession, markSteppedUp } from "@/db/sessions";
import { findUserById } from "@/db/users";
import type { SessionUser } from "./auth";
import { reservePasswordCheck, waitMessage } from "./login-throttle";
import { verifyPassword } from "./passwords";
import { checkTotp } from "./second-factor";
import { noticeAccountLocked } from "./security-notices";

export const STEP_UP_MS = 10 * 60_000;
export const STEP_UP_NEEDED = "For your security, confirm it’s you first: enter your current password under “Confirm it’s you”, then try again.";

/** Until when this session may change the account's security (undefined: it must confirm first). */
export function steppedUpUntil(user: Pick<SessionUser, "sessionId">, now = new Date()): Date | undefined {
  const at = findSession(user.sessionId)?.steppedUpAt;
  if (!at || now.getTime() - at.getTime() >= STEP_UP_MS) return undefined;
  return new Date(at.getTime() + STEP_UP_MS);
}

/** The message to refuse with when this session has not confirmed recently, else undefined. */
export function stepUpProblem(user: Pick<SessionUser, "sessionId">, now = new Date()): string | undefined {
  return steppedUpUntil(user, now) ? undefined : STEP_UP_NEEDED;
}

/**
 * Checks `secret` (the current password, or a 6-digit code from the account's app) under the
 * sign-in throttle, keyed by the account and for it alone: one account's wrong tries never
 * refuse another's. A right one marks the session stepped up; a message when it is not right.
 */
export async function confirmIdentity(user: Pick<SessionUser, "id" | "sessionId">, secret: string, now = new Date()): Promise<string | undefined> {
  const code = /^\d{6}$/.test(secret.replace(/\s+/g, ""));
  return checkUnderThrottle(user, now, async () => (code ? checkTotp(user.id, secret) : verifyPassword(findUserById(user.id)?.passwordHash, secret)));
}

/** Like confirmIdentity(), for the current password only (changing the password asks for the old one). */
export async function currentPasswordProblem(user: Pick<SessionUser, "id" | "sessionId">, password: string, now = new Date()): Promise<string | undefined> {
  return checkUnderThrottle(user, now, () => verifyPassword(findUserById(user.id)?.passwordHash, password));
}

async function checkUnderThrottle(user: Pick<SessionUser, "id" | "sessionId">, now: Date, check: () => Promise<boolean> | boolean): Promise<string | undefined> {
  const identifier = `account:${user.id}`;
  // The "address" is the account's own too: before, one shared one let an editor's wrong
  // tries fill the hourly limit and refuse the owner's right password.
  const reservation = reservePasswordCheck(identifier, `current-password:${user.id}`, now);
  if (!reservation.allowed) return waitMessage(reservation).replace("sign-in attempts", "password attempts");
  const ok = await check();
  if (reservation.settle(ok)) noticeAccountLocked(identifier);
  if (!ok) return "That is not your current password.";
  markSteppedUp(user.sessionId, now);
  return undefined;
}
