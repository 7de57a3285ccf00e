// How often a password (or a second-factor code) may be tried. The check and the record
// are one transaction, taken before the slow hash: every guess reserves its place first,
// so a burst of parallel guesses sees each other and at most FAILURES_PER_LOCK are checked.
import "server-only";
import { createHmac } from "node:crypto";
import {
  addressAttemptsSince,
  inLoginTransaction,
  recentPasswordChecks,
  recordLoginAttempt,
  settleLoginAttempt,
  type PasswordCheck,
} from "@/db/login-attempts";
import type { Queryable } from "@/db/client";
import { serverSecret } from "@/lib/platform/secret";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const FAILURES_PER_LOCK = 5;
export const FIRST_LOCK_MS = 15 * MINUTE;
const LONGEST_LOCK_MS = 24 * HOUR;
export const ATTEMPTS_PER_ADDRESS_PER_HOUR = 100;
// Failures older than this no longer count towards a lock.
const MEMORY_MS = 24 * HOUR;

export type ThrottleRefusal = { allowed: false; reason: "locked" | "limited"; retryAfterMs: number };
export type ThrottleVerdict = { allowed: true } | ThrottleRefusal;

/** What the attempts table stores for an email typed (or an account): a keyed hash, never the text. */
export function attemptKey(identifier: string): string {
  return createHmac("sha256", serverSecret()).update(`login:${identifier.trim().toLowerCase()}`).digest("base64url").slice(0, 32);
}

/**
 * The lock as it stands: once the failures since the last success reach 5 the key is
 * locked from this address for 15 minutes from the failure that reached it; 10 locks it
 * for 30 minutes, and so on, doubling (at most a day). Reaching, not equalling: a count
 * that jumps past a multiple of 5 locks all the same.
 */
export function lockVerdict(checks: PasswordCheck[], now: Date): ThrottleVerdict {
  const lastSuccess = checks.findIndex((check) => check.outcome === "success");
  const failures = lastSuccess === -1 ? checks.length : lastSuccess;
  if (failures < FAILURES_PER_LOCK) return { allowed: true };
  const level = Math.floor(failures / FAILURES_PER_LOCK);
  // Newest first: the failure that brought the count to 5 × level.
  const reached = checks[failures - level * FAILURES_PER_LOCK]!;
  const lockedUntil = reached.createdAt.getTime() + Math.min(FIRST_LOCK_MS * 2 ** (level - 1), LONGEST_LOCK_MS);
  if (now.getTime() >= lockedUntil) return { allowed: true };
  return { allowed: false, reason: "locked", retryAfterMs: lockedUntil - now.getTime() };
}

function verdictOn(tx: Queryable, key: string, addressHash: string, now: Date): ThrottleVerdict {
  const fromAddress = addressAttemptsSince(addressHash, new Date(now.getTime() - HOUR), tx);
  if (fromAddress.count >= ATTEMPTS_PER_ADDRESS_PER_HOUR && fromAddress.earliest) {
    return { allowed: false, reason: "limited", retryAfterMs: fromAddress.earliest.getTime() + HOUR - now.getTime() };
  }
  return lockVerdict(recentPasswordChecks(key, addressHash, new Date(now.getTime() - MEMORY_MS), tx), now);
}

/** May `identifier` be tried from this address now? (Records nothing.) */
export function checkLoginThrottle(identifier: string, addressHash: string, now = new Date()): ThrottleVerdict {
  return inLoginTransaction((tx) => verdictOn(tx, attemptKey(identifier), addressHash, now));
}

/** settle(true): a success (the count starts again); false: a failure; null: the password was right and a second factor is asked for. */
export type Reservation = { allowed: true; settle: (ok: boolean | null) => void } | ThrottleRefusal;

/**
 * Takes a place for one password check, or refuses (and records the refusal). The place
 * counts as a failure until settled, so a check that never finishes still counts.
 */
export function reservePasswordCheck(identifier: string, addressHash: string, now = new Date()): Reservation {
  const key = attemptKey(identifier);
  return inLoginTransaction((tx): Reservation => {
    const verdict = verdictOn(tx, key, addressHash, now);
    if (!verdict.allowed) {
      recordLoginAttempt(key, addressHash, verdict.reason, now, tx);
      return verdict;
    }
    const id = recordLoginAttempt(key, addressHash, "pending", now, tx);
    return { allowed: true, settle: (ok) => settleLoginAttempt(id, ok === null ? "second-factor" : ok ? "success" : "failure") };
  });
}

/** "Try again in 15 minutes." — what the person reads. */
export function waitMessage(verdict: ThrottleRefusal): string {
  const minutes = Math.max(1, Math.ceil(verdict.retryAfterMs / MINUTE));
  const wait = minutes === 1 ? "1 minute" : `${minutes} minutes`;
  return verdict.reason === "locked"
    ? `Too many failed sign-in attempts. For your security, this account is locked from here for now. Try again in ${wait}.`
    : `Too many sign-in attempts from your network. Try again in ${wait}.`;
}
