// A scheduled post goes public when its time comes, with nobody signed in and no request
// to notice: this timer wakes at the next scheduled time and refreshes the cached public
// pages then. It looks again at least every minute, and whenever a save may have
// changed the schedule.
import "server-only";
import { nextScheduledPublication } from "@/db/posts";
import { requestSelfRefresh } from "@/lib/http/public-pages";

const LOOK_AGAIN_MS = 60_000;
// A little after the time itself, so the render that follows sees the post as due.
const MARGIN_MS = 50;

type WatchState = { timer?: NodeJS.Timeout; due?: Date };
// On globalThis: instrumentation and the route bundles are separate module instances.
const holder = globalThis as unknown as { __publicationWatch?: WatchState };

/** How long to sleep before looking again: until just after the next scheduled time, a minute at most. */
export function waitBeforeLooking(due: Date | undefined, now: number): number {
  if (!due) return LOOK_AGAIN_MS;
  return Math.min(LOOK_AGAIN_MS, Math.max(0, due.getTime() - now + MARGIN_MS));
}

function schedule(state: WatchState): void {
  clearTimeout(state.timer);
  const now = Date.now();
  state.due = nextScheduledPublication(new Date(now));
  state.timer = setTimeout(() => void wake(state), waitBeforeLooking(state.due, now));
  state.timer.unref();
}

async function wake(state: WatchState): Promise<void> {
  try {
    if (state.due && state.due.getTime() <= Date.now()) await requestSelfRefresh();
  } catch (error) {
    console.error(`[schedule] could not refresh the public pages: ${(error as Error).message}`);
  } finally {
    schedule(state);
  }
}

/** Starts the watch (once, at start-up). */
export function watchScheduledPosts(): void {
  if (holder.__publicationWatch) return;
  const state: WatchState = {};
  holder.__publicationWatch = state;
  schedule(state);
}

/** Stops the watch (the server is shutting down). */
export function stopWatchingScheduledPosts(): void {
  clearTimeout(holder.__publicationWatch?.timer);
  holder.__publicationWatch = undefined;
}

/** After a save that may have changed when a post goes public. */
export function scheduleChanged(): void {
  const state = holder.__publicationWatch;
  if (state) schedule(state);
}
