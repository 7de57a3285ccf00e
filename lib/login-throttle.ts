import "server-only";
import { addressAttemptsSince, recentPasswordChecks } from "@/db/login-attempts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const FAILURES_PER_LOCK = 5;
export const FIRST_LOCK_MS = 15 * MINUTE;
const LONGEST_LOCK_MS = 24 * HOUR;
export const ATTEMPTS_PER_ADDRESS_PER_HOUR = 100;
// Failures older than this no longer count towards a lock.
const MEMORY_MS = 24 * HOUR;

export type ThrottleVerdict = { allowed: true } | { allowed: false; reason: "locked" | "limited"; retryAfterMs: number };

/**
 * May this address try a password for this email now? Every 5th failure in a row
 * (since the last success) locks the email for that address: 15 minutes, doubling
 * with each further 5. More than 100 attempts an hour from one address are refused.
 */
export function checkLoginThrottle(email: string, addressHash: string, now = new Date()): ThrottleVerdict {
  const fromAddress = addressAttemptsSince(addressHash, new Date(now.getTime() - HOUR));
  if (fromAddress.count >= ATTEMPTS_PER_ADDRESS_PER_HOUR && fromAddress.earliest) {
    return { allowed: false, reason: "limited", retryAfterMs: fromAddress.earliest.getTime() + HOUR - now.getTime() };
  }

  const checks = recentPasswordChecks(email, addressHash, new Date(now.getTime() - MEMORY_MS));
  const lastSuccess = checks.findIndex((check) => check.outcome === "success");
  const failures = lastSuccess === -1 ? checks.length : lastSuccess;
  if (failures === 0 || failures % FAILURES_PER_LOCK !== 0) return { allowed: true };

  const lockMs = Math.min(FIRST_LOCK_MS * 2 ** (failures / FAILURES_PER_LOCK - 1), LONGEST_LOCK_MS);
  const lockedUntil = checks[0]!.createdAt.getTime() + lockMs;
  if (now.getTime() >= lockedUntil) return { allowed: true };
  return { allowed: false, reason: "locked", retryAfterMs: lockedUntil - now.getTime() };
}

/** "Try again in 15 minutes." — what the person reads. */
export function waitMessage(verdict: Extract<ThrottleVerdict, { allowed: false }>): string {
  const minutes = Math.max(1, Math.ceil(verdict.retryAfterMs / MINUTE));
  const wait = minutes === 1 ? "1 minute" : `${minutes} minutes`;
  return verdict.reason === "locked"
    ? `Too many failed sign-in attempts. For your security, this account is locked from here for now. Try again in ${wait}.`
    : `Too many sign-in attempts from your network. Try again in ${wait}.`;
}
