import { takeRateLimitSlot } from "@/db/rate-limits";
import "server-only";
import { addressHash } from "@/lib/http/client-address";
import { env } from "@/lib/platform/env";

/** At most this many inquiries a minute from one client address. */
export const INQUIRY_LIMIT = { max: 5, windowMs: 60_000 } as const;

/** Takes one of the address's inquiry slots for this minute; false when they are used up. */
export function allowInquiryFrom(address: string, now = new Date()): boolean {
  // INQUIRY_RATE_LIMIT=off (the load script, where every request comes from one address).
  if (!env().inquiryRateLimit) return true;
  const since = new Date(now.getTime() - INQUIRY_LIMIT.windowMs);
  return takeRateLimitSlot("inquiry", addressHash(address), INQUIRY_LIMIT.max, since, now);
}
