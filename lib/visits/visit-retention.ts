// The daily chore (lib/mail/outbox-worker.ts dailyChores()): finished days into totals,
// then raw page views past 30 days and search terms past 13 months deleted.
import "server-only";
import { prunePageViews, pruneSiteSearches, rollUpVisitDays } from "@/db/visits";
import { calendarDateIn } from "@/lib/dates/format";
import { getSiteSettings } from "@/lib/site/settings";
import { flushVisits } from "./visit-writer";
import { RAW_VIEW_DAYS, SEARCH_TERM_MONTHS } from "./visit-settings";

const DAY = 24 * 60 * 60 * 1000;

export function applyVisitRetention(now = new Date()): void {
  flushVisits();
  const timeZone = getSiteSettings().timeZone;
  rollUpVisitDays(calendarDateIn(now, timeZone));
  prunePageViews(new Date(now.getTime() - RAW_VIEW_DAYS * DAY));
  const oldest = new Date(now);
  oldest.setUTCMonth(oldest.getUTCMonth() - SEARCH_TERM_MONTHS);
  pruneSiteSearches(calendarDateIn(oldest, timeZone));
}
