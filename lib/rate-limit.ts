import { takeRateLimitSlot } from "@/db/rate-limits";
import { addressHash } from "./client-address";

/** At most this many inquiries a minute from one client address. */
export const INQUIRY_LIMIT = { max: 5, windowMs: 60_000 } as const;

/**
 * `INQUIRY_RATE_LIMIT=off` lifts the per-address limit (for the load script, where every
 * request comes from one address). Never set it on a public server.
 */
export function inquiryRateLimitEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.INQUIRY_RATE_LIMIT?.trim().toLowerCase() !== "off";
}

/** Takes one of the address's inquiry slots for this minute; false when they are used up. */
export function allowInquiryFrom(address: string, now = new Date()): boolean {
  if (!inquiryRateLimitEnabled()) return true;
  const since = new Date(now.getTime() - INQUIRY_LIMIT.windowMs);
  return takeRateLimitSlot("inquiry", addressHash(address), INQUIRY_LIMIT.max, since, now);
}
