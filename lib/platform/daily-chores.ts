// The once-a-day clean-up of what the site keeps only for a while: inquiries past the
// firm's retention period, old rate-limit hits, sent mail, ended sessions, old sign-in
// attempts, and raw page views rolled up into daily visit totals. Runs when the server starts, then once a day while it runs.
import "server-only";
import { pruneLoginAttempts } from "@/db/login-attempts";
import { deleteSentOutbox } from "@/db/outbox";
import { pruneRateLimitHits } from "@/db/rate-limits";
import { pruneEndedSessions } from "@/db/sessions";
import { ABSOLUTE_LIMIT_MS, IDLE_LIMIT_MS } from "@/lib/accounts/session-rules";
import { applyInquiryRetention } from "@/lib/inquiries/inquiry-retention";
import { getIntakeSettings } from "@/lib/site/settings";
import { applyVisitRetention } from "@/lib/visits/visit-retention";

const DAY = 24 * 60 * 60 * 1000;
// Checked hourly rather than set for 24 h: a machine that slept still cleans up the same day.
const CHECK_EVERY_MS = 60 * 60 * 1000;

/** The chores themselves, as of `now`. */
export function dailyChores(now = new Date()): void {
  const removed = applyInquiryRetention(getIntakeSettings().inquiryRetentionMonths, now);
  if (removed) console.log(`[retention] deleted ${removed} closed, declined or spam inquiries past the retention period`);
  pruneRateLimitHits(new Date(now.getTime() - DAY));
  deleteSentOutbox(new Date(now.getTime() - 30 * DAY));
  pruneEndedSessions(new Date(now.getTime() - IDLE_LIMIT_MS), new Date(now.getTime() - ABSOLUTE_LIMIT_MS));
  pruneLoginAttempts(new Date(now.getTime() - 30 * DAY));
  applyVisitRetention(now);
}

type ChoresState = { timer: NodeJS.Timeout; lastRun: number };
// On globalThis: instrumentation and the route bundles are separate module instances.
const holder = globalThis as unknown as { __dailyChores?: ChoresState };

function runIfDue(state: ChoresState): void {
  const now = Date.now();
  if (now - state.lastRun < DAY) return;
  state.lastRun = now;
  try {
    dailyChores(new Date(now));
  } catch (error) {
    console.error("[chores] daily clean-up:", error);
  }
}

/** Runs the chores now and then once a day (once per process; the timer does not keep it alive). */
export function startDailyChores(): void {
  if (holder.__dailyChores) return;
  const state: ChoresState = { timer: setInterval(() => runIfDue(state), CHECK_EVERY_MS), lastRun: 0 };
  state.timer.unref();
  holder.__dailyChores = state;
  runIfDue(state);
}

/** Stops the daily timer (the server is shutting down). */
export function stopDailyChores(): void {
  const state = holder.__dailyChores;
  if (!state) return;
  clearInterval(state.timer);
  holder.__dailyChores = undefined;
}
