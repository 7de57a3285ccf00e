// "Forgot your password?" from the sign-in page: a link by mail that works once, for 30
// minutes. The answer is the same whether or not an account has the address (nothing to
// learn about who has an account), requests are limited per address typed and per client,
// and using the link ends every session. It does not sign anyone in: the second factor is
// still asked for at the next sign-in.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { recordLoginAttempt } from "@/db/login-attempts";
import { completePasswordReset, createPasswordReset, findUsablePasswordReset } from "@/db/password-resets";
import { takeRateLimitSlot } from "@/db/rate-limits";
import { findUserByEmail } from "@/db/users";
import { addressHash } from "@/lib/http/client-address";
import { siteUrl } from "@/lib/http/site-url";
import { mailServerConfigured, passwordResetMail } from "@/lib/mail/mail";
import { getSiteSettings } from "@/lib/site/settings";
import { attemptKey } from "./login-throttle";
import { newPasswordProblem } from "./password-rules";
import { hashPassword } from "./passwords";

export const RESET_LINK_MINUTES = 30;
export const RESET_PATH = "/admin/reset-password";
const HOUR = 60 * 60_000;
/** Mails for one address typed, and requests from one client, per hour. */
export const RESET_LIMITS = { perAddress: 3, perClient: 10 } as const;

export type ResetRequestAnswer = "sent" | "limited" | "no-mail-server";

const tokenHash = (token: string) => createHash("sha256").update(token).digest("base64url");

/**
 * Queues a reset link for the account with this email, if there is one that can sign in.
 * "sent" either way; "limited" when this address or this client asked too often (counted
 * whether or not the account exists); "no-mail-server" when no mail could leave.
 */
export function requestPasswordReset(email: string, client: string, now = new Date()): ResetRequestAnswer {
  if (!mailServerConfigured()) return "no-mail-server";
  const since = new Date(now.getTime() - HOUR);
  if (!takeRateLimitSlot("password-reset-client", addressHash(client), RESET_LIMITS.perClient, since, now)) return "limited";
  if (!takeRateLimitSlot("password-reset-address", attemptKey(email), RESET_LIMITS.perAddress, since, now)) return "limited";
  const user = findUserByEmail(email);
  if (!user || !user.active || !user.passwordHash) return "sent";
  const token = randomBytes(32).toString("base64url");
  const link = `${siteUrl()}${RESET_PATH}?token=${token}`;
  const mail = passwordResetMail(user.email, link, RESET_LINK_MINUTES, getSiteSettings().firmName);
  createPasswordReset(user.id, tokenHash(token), new Date(now.getTime() + RESET_LINK_MINUTES * 60_000), mail, now);
  return "sent";
}

/** Whether a link's token can still be used (the page shows the form, or says it has expired). */
export function isResetTokenUsable(token: unknown, now = new Date()): boolean {
  return typeof token === "string" && token.length > 0 && token.length <= 100 && findUsablePasswordReset(tokenHash(token), now) !== undefined;
}

export type ResetOutcome = { ok: true } | { ok: false; field: "password"; message: string } | { ok: false; field: "token"; message: string };

const EXPIRED = "This link has expired or has already been used. Ask for a new one.";

/** Sets the new password from a link, ends every session; the link is spent. */
export async function resetPassword(token: string, password: string, client: string, now = new Date()): Promise<ResetOutcome> {
  if (token.length === 0 || token.length > 100) return { ok: false, field: "token", message: EXPIRED };
  const hash = tokenHash(token);
  const account = findUsablePasswordReset(hash, now);
  if (!account) return { ok: false, field: "token", message: EXPIRED };
  const weak = await newPasswordProblem(password, account);
  if (weak) return { ok: false, field: "password", message: weak };
  if (!completePasswordReset(hash, account.userId, await hashPassword(password), now)) return { ok: false, field: "token", message: EXPIRED };
  // Proving the mailbox counts as a success: failed guesses from here no longer lock the new password out.
  recordLoginAttempt(attemptKey(account.email), addressHash(client), "success", now);
  return { ok: true };
}
