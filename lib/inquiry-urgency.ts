import type { UrgencyWindow } from "@/db/inquiries";
import { todayIn } from "./inquiry-form";

/** A court date this many days ahead (or sooner) makes an open inquiry urgent. */
export const URGENT_COURT_DAYS = 3;

/** Today and today + 3 days, as calendar dates in the firm's time zone. */
export function urgencyWindow(timeZone: string, now = new Date()): UrgencyWindow {
  const today = todayIn(timeZone, now);
  const end = new Date(`${today}T12:00:00Z`);
  end.setUTCDate(end.getUTCDate() + URGENT_COURT_DAYS);
  return { today, urgentUntil: end.toISOString().slice(0, 10) };
}
