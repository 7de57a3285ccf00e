import "server-only";
import { and, count, eq, gte, lt, sql } from "drizzle-orm";
import { db } from "./client";
import { preparedPerConnection } from "./prepared";
import { rateLimitHits } from "./schema";

/**
 * Records a hit unless `key` already has `max` hits in `bucket` since `since`; true when
 * recorded (allowed). One statement pair in one transaction, so two requests cannot both
 * take the last place.
 */
export function takeRateLimitSlot(bucket: string, key: string, max: number, since: Date, now = new Date()): boolean {
  // The prepared statements run on the transaction's connection, so inside it.
  return db().transaction(() => {
    const used = hitsSince().get({ bucket, key, since: since.getTime() })?.n ?? 0;
    if (used >= max) return false;
    recordHit().run({ bucket, key, createdAt: now });
    return true;
  });
}

// Every inquiry and every sign-in attempt takes a slot.
const hitsSince = preparedPerConnection((database) =>
  database
    .select({ n: count() })
    .from(rateLimitHits)
    .where(and(eq(rateLimitHits.bucket, sql.placeholder("bucket")), eq(rateLimitHits.key, sql.placeholder("key")), gte(rateLimitHits.createdAt, sql.placeholder("since"))))
    .prepare(),
);
const recordHit = preparedPerConnection((database) =>
  database.insert(rateLimitHits).values({ bucket: sql.placeholder("bucket"), key: sql.placeholder("key"), createdAt: sql.placeholder("createdAt") }).prepare(),
);

/** Forgets hits older than `before` (they no longer count in any window). */
export function pruneRateLimitHits(before: Date): number {
  return db().delete(rateLimitHits).where(lt(rateLimitHits.createdAt, before)).run().changes;
}
