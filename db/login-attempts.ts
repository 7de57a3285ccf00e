import { and, count, desc, eq, gte, inArray, min } from "drizzle-orm";
import { db } from "./client";
import { loginAttempts } from "./schema";

export type LoginOutcome = (typeof loginAttempts.$inferSelect)["outcome"];

export function recordLoginAttempt(email: string, addressHash: string, outcome: LoginOutcome, now = new Date()): void {
  db().insert(loginAttempts).values({ email, addressHash, outcome, createdAt: now }).run();
}

/** Password checks (successes and failures) for this email from this address since `since`, newest first. */
export function recentPasswordChecks(email: string, addressHash: string, since: Date) {
  return db()
    .select({ outcome: loginAttempts.outcome, createdAt: loginAttempts.createdAt })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.email, email),
        eq(loginAttempts.addressHash, addressHash),
        gte(loginAttempts.createdAt, since),
        inArray(loginAttempts.outcome, ["success", "failure"]),
      ),
    )
    .orderBy(desc(loginAttempts.createdAt), desc(loginAttempts.id))
    .all();
}

/** How many attempts came from this address since `since` (any email, any outcome), and the earliest one. */
export function addressAttemptsSince(addressHash: string, since: Date): { count: number; earliest: Date | null } {
  const row = db()
    .select({ count: count(), earliest: min(loginAttempts.createdAt) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.addressHash, addressHash), gte(loginAttempts.createdAt, since)))
    .get();
  return { count: row?.count ?? 0, earliest: row?.earliest ?? null };
}
