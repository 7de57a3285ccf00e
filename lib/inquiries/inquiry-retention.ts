import "server-only";
import { deleteExpiredInquiries } from "@/db/inquiries/inquiries";

/** The moment `months` calendar months before `now` (UTC). */
export function monthsBefore(now: Date, months: number): Date {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

/**
 * Deletes closed, declined and spam inquiries received more than `months` months ago
 * (0: keep everything); returns how many went.
 */
export function applyInquiryRetention(months: number, now = new Date()): number {
  if (!Number.isInteger(months) || months <= 0) return 0;
  return deleteExpiredInquiries(monthsBefore(now, months));
}
