// What a visitor typed into the site's search, and whether it found anything: the report's
// "what people look for that the firm has not written". Counted like a view (the switch,
// bots, prefetches, signed-in users left out), per day and term, nothing about who searched.
import "server-only";
import { calendarDateIn } from "@/lib/dates/format";
import { sessionCookieName } from "@/lib/accounts/auth-options";
import { getSiteSettings, getVisitSettings } from "@/lib/site/settings";
import { notCountedBecause } from "./visit-filter";
import { cleanLabel } from "./visit-source";
import { queueSiteSearch } from "./visit-writer";

export const SEARCH_TERM_MAX = 100;

/** The term as the report groups it: lower case, single spaces, no longer than 100 characters. */
export function searchTerm(query: string): string {
  return cleanLabel(query.toLowerCase().replace(/\s+/g, " "), SEARCH_TERM_MAX);
}

export function recordSiteSearch(query: string, results: number, headers: { get(name: string): string | null }, now = new Date()): void {
  if (!getVisitSettings().visitCounting || notCountedBecause(headers, sessionCookieName())) return;
  const term = searchTerm(query);
  if (term) queueSiteSearch({ day: calendarDateIn(now, getSiteSettings().timeZone), term, results });
}
