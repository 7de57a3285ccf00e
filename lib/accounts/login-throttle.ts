// How often a password (or a second-factor code) may be tried. The check and the record
// are one transaction, taken before the slow hash: every guess reserves its place first,
// so a burst of parallel guesses sees each other and at most FAILURES_PER_LOCK are checked.
// Three limits: per account and address (5 failures, then a doubling lock), per address
// (100 checks an hour), and per account from every address (10 failures, then a doubling
// lock, which places the account signed in from before are spared: guessing from many
// addresses cannot lock the person out of their own office). A refusal checks nothing,
// extends no lock and adds no row (db/login-attempts.ts counts it on the hour's row).
import "server-only";
import { createHmac } from "node:crypto";
import {
  addressAttemptsSince,
  inLoginTransaction,
  recentPasswordChecks,
  recordLoginAttempt,
  recordRefusal,
  settleLoginAttempt,
  succeededFrom,
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
/** Failures of one account from every address that lock it (but where it signed in before). */
export const ACCOUNT_FAILURES_PER_LOCK = 10;
// Failures older than this no longer count towards a lock.
const MEMORY_MS = 24 * HOUR;
// An address the account signed in from this recently is the person's own.
const KNOWN_ADDRESS_MS = 30 * 24 * HOUR;

export type ThrottleRefusal = { allowed: false; reason: "locked" | "limited" | "account-locked"; retryAfterMs: number };
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
export function lockVerdict(checks: PasswordCheck[], now: Date, perLock = FAILURES_PER_LOCK): ThrottleVerdict {
  const failures = failuresSinceSuccess(checks);
  if (failures < perLock) return { allowed: true };
  const level = Math.floor(failures / perLock);
  // Newest first: the failure that brought the count to 5 × level.
  const reached = checks[failures - level * perLock]!;
  const lockedUntil = reached.createdAt.getTime() + Math.min(FIRST_LOCK_MS * 2 ** (level - 1), LONGEST_LOCK_MS);
  if (now.getTime() >= lockedUntil) return { allowed: true };
  return { allowed: false, reason: "locked", retryAfterMs: lockedUntil - now.getTime() };
}

function failuresSinceSuccess(checks: PasswordCheck[]): number {
  const lastSuccess = checks.findIndex((check) => check.outcome === "success");
  return lastSuccess === -1 ? checks.length : lastSuccess;
}

function verdictOn(tx: Queryable, key: string, addressHash: string, now: Date): ThrottleVerdict {
  const fromAddress = addressAttemptsSince(addressHash, new Date(now.getTime() - HOUR), tx);
  if (fromAddress.count >= ATTEMPTS_PER_ADDRESS_PER_HOUR && fromAddress.earliest) {
    return { allowed: false, reason: "limited", retryAfterMs: fromAddress.earliest.getTime() + HOUR - now.getTime() };
  }
  const since = new Date(now.getTime() - MEMORY_MS);
  const here = lockVerdict(recentPasswordChecks(key, addressHash, since, tx), now);
  if (!here.allowed) return here;
  if (succeededFrom(key, addressHash, new Date(now.getTime() - KNOWN_ADDRESS_MS), tx)) return here;
  const everywhere = lockVerdict(recentPasswordChecks(key, undefined, since, tx), now, ACCOUNT_FAILURES_PER_LOCK);
  return everywhere.allowed ? everywhere : { ...everywhere, reason: "account-locked" };
}

/** True when the account's failures from every address have just reached a lock (the moment to tell someone). */
function accountLockReached(key: string, now: Date): boolean {
  const failures = failuresSinceSuccess(recentPasswordChecks(key, undefined, new Date(now.getTime() - MEMORY_MS)));
  return failures > 0 && failures % ACCOUNT_FAILURES_PER_LOCK === 0;
}

/** May `identifier` be tried from this address now? (Records nothing.) */
export function checkLoginThrottle(identifier: string, addressHash: string, now = new Date()): ThrottleVerdict {
  return inLoginTransaction((tx) => verdictOn(tx, attemptKey(identifier), addressHash, now));
}

/**
 * settle(true): a success (the count starts again); false: a failure; null: the password was
 * right and a second factor is asked for. It answers true when this failure locked the
 * account from every address (the caller tells the account and the owner).
 */
export type Reservation = { allowed: true; settle: (ok: boolean | null) => boolean } | ThrottleRefusal;

/**
 * Takes a place for one password check, or refuses (and records the refusal). The place
 * counts as a failure until settled, so a check that never finishes still counts.
 */
export function reservePasswordCheck(identifier: string, addressHash: string, now = new Date()): Reservation {
  const key = attemptKey(identifier);
  return inLoginTransaction((tx): Reservation => {
    const verdict = verdictOn(tx, key, addressHash, now);
    if (!verdict.allowed) {
      recordRefusal(key, addressHash, verdict.reason === "limited" ? "limited" : "locked", now, tx);
      return verdict;
    }
    const id = recordLoginAttempt(key, addressHash, "pending", now, tx);
    return {
      allowed: true,
      settle: (ok) => {
        settleLoginAttempt(id, ok === null ? "second-factor" : ok ? "success" : "failure");
        return ok === false && accountLockReached(key, now);
      },
    };
  });
}

/** "Try again in 15 minutes." — what the person reads. */
export function waitMessage(verdict: ThrottleRefusal): string {
  const minutes = Math.max(1, Math.ceil(verdict.retryAfterMs / MINUTE));
  const wait = minutes === 1 ? "1 minute" : `${minutes} minutes`;
  if (verdict.reason === "locked") return `Too many failed sign-in attempts. For your security, this account is locked from here for now. Try again in ${wait}.`;
  if (verdict.reason === "account-locked") {
    return `Too many failed sign-in attempts on this account from several places. For your security it is locked, except from places it signed in from before. Try again in ${wait}.`;
  }
  return `Too many sign-in attempts from your network. Try again in ${wait}.`;
}
