// Page views and searches wait in memory and are written together, one transaction a
// second, so a busy page costs the database one write a second instead of one per reader.
// At most a few seconds' views are lost if the process dies hard; a clean stop writes them
// (lib/platform/startup.ts).
import "server-only";
import { insertVisitBatch, type NewPageView, type SearchCount } from "@/db/visits";
import { rollUpVisitDays } from "@/db/visits";

export const FLUSH_EVERY_MS = 1000;
// Beyond this the newest are dropped until the next write: a flood cannot grow memory.
const MAX_WAITING = 20_000;

type Queue = { views: NewPageView[]; searches: SearchCount[]; timer?: NodeJS.Timeout; lastDay?: string };
// On globalThis: the beacon route and the search page are separate module instances.
const holder = globalThis as unknown as { __visitQueue?: Queue };
const queue = (): Queue => (holder.__visitQueue ??= { views: [], searches: [] });

function schedule(state: Queue): void {
  if (state.timer) return;
  state.timer = setTimeout(() => {
    state.timer = undefined;
    try {
      flushVisits();
    } catch (error) {
      console.error("[visits] could not write page views:", error);
    }
  }, FLUSH_EVERY_MS);
  state.timer.unref();
}

export function queuePageView(view: NewPageView): void {
  const state = queue();
  if (state.views.length >= MAX_WAITING) return;
  state.views.push(view);
  schedule(state);
}

export function queueSiteSearch(search: SearchCount): void {
  const state = queue();
  if (state.searches.length >= MAX_WAITING) return;
  state.searches.push(search);
  schedule(state);
}

/** Writes what is waiting (the timer calls it; tests and shutdown too). When the day has turned, rolls up the days before it. */
export function flushVisits(): void {
  const state = queue();
  if (state.timer) {
    clearTimeout(state.timer);
    state.timer = undefined;
  }
  const { views, searches } = state;
  state.views = [];
  state.searches = [];
  insertVisitBatch(views, searches);
  const today = views.at(-1)?.day;
  if (today && today !== state.lastDay) {
    // The first write of a new day (or of this process): yesterday's totals are complete.
    state.lastDay = today;
    rollUpVisitDays(today);
  }
}

/** For the shutdown: write what waits and stop the timer. */
export function stopVisitWriter(): void {
  if (holder.__visitQueue) flushVisits();
}
