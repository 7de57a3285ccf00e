import "server-only";
import { and, count, desc, eq, gte, inArray, lt, min } from "drizzle-orm";
import { db, type Queryable } from "./client";
import { loginAttempts } from "./schema";

export type LoginOutcome = (typeof loginAttempts.$inferSelect)["outcome"];
export type PasswordCheck = { outcome: LoginOutcome; createdAt: Date };

/** Adds an attempt; returns its id (a "pending" one is settled later). */
export function recordLoginAttempt(keyHash: string, addressHash: string, outcome: LoginOutcome, now = new Date(), on: Queryable = db()): number {
  return on.insert(loginAttempts).values({ keyHash, addressHash, outcome, createdAt: now }).returning({ id: loginAttempts.id }).get().id;
}

/** Settles a reserved ("pending") attempt. */
export function settleLoginAttempt(id: number, outcome: "success" | "failure" | "second-factor"): void {
  db().update(loginAttempts).set({ outcome }).where(and(eq(loginAttempts.id, id), eq(loginAttempts.outcome, "pending"))).run();
}

/** Password checks (successes, failures and reserved ones) for this key from this address since `since`, newest first. */
export function recentPasswordChecks(keyHash: string, addressHash: string, since: Date, on: Queryable = db()): PasswordCheck[] {
  return on
    .select({ outcome: loginAttempts.outcome, createdAt: loginAttempts.createdAt })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.keyHash, keyHash),
        eq(loginAttempts.addressHash, addressHash),
        gte(loginAttempts.createdAt, since),
        inArray(loginAttempts.outcome, ["success", "failure", "pending"]),
      ),
    )
    .orderBy(desc(loginAttempts.createdAt), desc(loginAttempts.id))
    .all();
}

/** How many attempts came from this address since `since` (any key, any outcome), and the earliest one. */
export function addressAttemptsSince(addressHash: string, since: Date, on: Queryable = db()): { count: number; earliest: Date | null } {
  const row = on
    .select({ count: count(), earliest: min(loginAttempts.createdAt) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.addressHash, addressHash), gte(loginAttempts.createdAt, since)))
    .get();
  return { count: row?.count ?? 0, earliest: row?.earliest ?? null };
}

/** Forgets attempts older than `before` (the daily chores: 30 days). */
export function pruneLoginAttempts(before: Date): number {
  return db().delete(loginAttempts).where(lt(loginAttempts.createdAt, before)).run().changes;
}

/** Runs `work` in one immediate transaction: two requests cannot both read the same count. */
export function inLoginTransaction<T>(work: (tx: Queryable) => T): T {
  return db().transaction(work, { behavior: "immediate" });
}
