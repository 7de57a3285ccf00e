// The visitor key: tells two views of the same day by the same browser apart from two
// visitors', without a cookie and without storing who they are. HMAC-SHA256 of address,
// user agent and site under a random salt that belongs to one day; the salt is deleted as
// soon as the day turns (db/visits.ts), so yesterday's keys can never be recomputed, not even
// with the server's secret, and the same visitor gets an unrelated key tomorrow.
import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { db, type Db } from "@/db/client";
import { takeVisitSalt } from "@/db/visits";

/** The key itself, from a day's salt: pure, so the tests can hold it to its rules. */
export function keyFromSalt(salt: string, address: string, userAgent: string, site: string): string {
  return createHmac("sha256", salt).update(`${site}\n${address}\n${userAgent}`).digest("base64url").slice(0, 22);
}

// The current day's salt, kept in memory (one read per day, not one per view). On globalThis:
// the beacon route and the search page are separate module instances.
type Current = { db: Db; day: string; salt: string };
const holder = globalThis as unknown as { __visitSalt?: Current };

/**
 * `day`'s salt, made on its first view; undefined for a day before the current one (its
 * salt is gone: a clock that stepped back, or anyone asking after the fact).
 */
export function saltForDay(day: string): string | undefined {
  const current = holder.__visitSalt;
  if (current && current.db === db()) {
    if (current.day === day) return current.salt;
    if (day < current.day) return undefined;
  }
  const salt = takeVisitSalt(day, () => randomBytes(32).toString("base64url"));
  if (salt) holder.__visitSalt = { db: db(), day, salt };
  return salt;
}

/** The visitor key for a view on `day`, or null when the visitor asked not to be tracked or the day's salt is gone. */
export function visitorKey(day: string, visitor: { address: string; userAgent: string; doNotTrack: boolean }, site: string): string | null {
  if (visitor.doNotTrack) return null;
  const salt = saltForDay(day);
  return salt ? keyFromSalt(salt, visitor.address, visitor.userAgent, site) : null;
}
