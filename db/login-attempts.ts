import "server-only";
import { and, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { db, type Queryable } from "./client";
import { loginAttempts } from "./schema";

export type LoginOutcome = (typeof loginAttempts.$inferSelect)["outcome"];
export type PasswordCheck = { outcome: LoginOutcome; createdAt: Date };

const HOUR = 60 * 60_000;
// The table never holds more rows than this: older ones go first (the throttle looks back a
// day at most, and an attack that fills it is an attack of checks, each a slow hash).
export const MAX_LOGIN_ATTEMPT_ROWS = 50_000;

const CHECKED: LoginOutcome[] = ["success", "failure", "pending"];

/** Adds a password check; returns its id (a "pending" one is settled later). Keeps the table under its cap. */
export function recordLoginAttempt(keyHash: string, addressHash: string, outcome: LoginOutcome, now = new Date(), on: Queryable = db()): number {
  const id = on.insert(loginAttempts).values({ keyHash, addressHash, outcome, createdAt: now }).returning({ id: loginAttempts.id }).get().id;
  // Ids only grow: one range delete on the primary key, however long the table was.
  if (id > MAX_LOGIN_ATTEMPT_ROWS) on.delete(loginAttempts).where(lt(loginAttempts.id, id - MAX_LOGIN_ATTEMPT_ROWS + 1)).run();
  return id;
}

/**
 * Notes a refusal ("locked", "limited"): a row the first time this hour for this key, address
 * and outcome, and nothing after. Refused guesses then cost a read, not a row or a disk write each.
 */
export function recordRefusal(keyHash: string, addressHash: string, outcome: "locked" | "limited", now = new Date(), on: Queryable = db()): void {
  const noted = on
    .select({ id: loginAttempts.id })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.addressHash, addressHash), eq(loginAttempts.keyHash, keyHash), gte(loginAttempts.createdAt, new Date(now.getTime() - HOUR)), eq(loginAttempts.outcome, outcome)))
    .limit(1)
    .get();
  if (!noted) recordLoginAttempt(keyHash, addressHash, outcome, now, on);
}

/** Settles a reserved ("pending") attempt. */
export function settleLoginAttempt(id: number, outcome: "success" | "failure" | "second-factor"): void {
  db().update(loginAttempts).set({ outcome }).where(and(eq(loginAttempts.id, id), eq(loginAttempts.outcome, "pending"))).run();
}

/**
 * Password checks (successes, failures and reserved ones) for this key since `since`, newest
 * first: from one address, or from every address when `addressHash` is undefined.
 */
export function recentPasswordChecks(keyHash: string, addressHash: string | undefined, since: Date, on: Queryable = db()): PasswordCheck[] {
  return on
    .select({ outcome: loginAttempts.outcome, createdAt: loginAttempts.createdAt })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.keyHash, keyHash),
        addressHash === undefined ? undefined : eq(loginAttempts.addressHash, addressHash),
        gte(loginAttempts.createdAt, since),
        inArray(loginAttempts.outcome, CHECKED),
      ),
    )
    .orderBy(desc(loginAttempts.createdAt), desc(loginAttempts.id))
    .limit(1000)
    .all();
}

/** Whether this key has signed in successfully from this address since `since` (a place the person is known at). */
export function succeededFrom(keyHash: string, addressHash: string, since: Date, on: Queryable = db()): boolean {
  return (
    on
      .select({ id: loginAttempts.id })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.addressHash, addressHash), eq(loginAttempts.keyHash, keyHash), gte(loginAttempts.createdAt, since), eq(loginAttempts.outcome, "success")))
      .limit(1)
      .get() !== undefined
  );
}

/**
 * How many passwords were checked from this address since `since` (any key), and the
 * earliest: refusals do not count, so being refused never prolongs the wait.
 */
export function addressAttemptsSince(addressHash: string, since: Date, on: Queryable = db()): { count: number; earliest: Date | null } {
  const row = on
    .select({ count: sql<number>`count(*)`, earliest: sql<number | null>`min(${loginAttempts.createdAt})` })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.addressHash, addressHash), gte(loginAttempts.createdAt, since), inArray(loginAttempts.outcome, [...CHECKED, "second-factor"])))
    .get();
  return { count: row?.count ?? 0, earliest: row?.earliest == null ? null : new Date(row.earliest) };
}

/** Forgets attempts older than `before` (the daily chores: 30 days). */
export function pruneLoginAttempts(before: Date): number {
  return db().delete(loginAttempts).where(lt(loginAttempts.createdAt, before)).run().changes;
}

/** Runs `work` in one immediate transaction: two requests cannot both read the same count. */
export function inLoginTransaction<T>(work: (tx: Queryable) => T): T {
  return db().transaction(work, { behavior: "immediate" });
}
