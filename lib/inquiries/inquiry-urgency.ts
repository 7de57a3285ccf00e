import type { UrgencyWindow } from "@/db/inquiries/inquiries";
import { calendarDateIn } from "@/lib/dates/format";

/** A court date this many days ahead (or sooner) makes an open inquiry urgent. */
export const URGENT_COURT_DAYS = 3;

/**
 * The rule in JavaScript, for the moment an inquiry arrives (its notification's subject):
 * in custody, or a court date from today to 3 days ahead. The inbox sorts by the same rule
 * in SQL (urgentExpression() in db/inquiries/inquiries.ts); lib/inquiries/inquiry-urgency.test.ts holds them together.
 */
export function isUrgent(inquiry: { custodyStatus: string | null; courtDate: string | null }, window: UrgencyWindow): boolean {
  if (inquiry.custodyStatus === "in_custody") return true;
  return inquiry.courtDate !== null && inquiry.courtDate >= window.today && inquiry.courtDate <= window.urgentUntil;
}

/** Today and today + 3 days, as calendar dates in the firm's time zone. */
export function urgencyWindow(timeZone: string, now = new Date()): UrgencyWindow {
  const today = calendarDateIn(now, timeZone);
  const end = new Date(`${today}T12:00:00Z`);
  end.setUTCDate(end.getUTCDate() + URGENT_COURT_DAYS);
  return { today, urgentUntil: end.toISOString().slice(0, 10) };
}
