import { and, count, eq, gte, lt } from "drizzle-orm";
import { db } from "./client";
import { rateLimitHits } from "./schema";

/**
 * Records a hit unless `key` already has `max` hits in `bucket` since `since`; true when
 * recorded (allowed). One statement pair in one transaction, so two requests cannot both
 * take the last place.
 */
export function takeRateLimitSlot(bucket: string, key: string, max: number, since: Date, now = new Date()): boolean {
  return db().transaction((tx) => {
    const used =
      tx
        .select({ n: count() })
        .from(rateLimitHits)
        .where(and(eq(rateLimitHits.bucket, bucket), eq(rateLimitHits.key, key), gte(rateLimitHits.createdAt, since)))
        .get()?.n ?? 0;
    if (used >= max) return false;
    tx.insert(rateLimitHits).values({ bucket, key, createdAt: now }).run();
    return true;
  });
}

/** Forgets hits older than `before` (they no longer count in any window). */
export function pruneRateLimitHits(before: Date): number {
  return db().delete(rateLimitHits).where(lt(rateLimitHits.createdAt, before)).run().changes;
}
