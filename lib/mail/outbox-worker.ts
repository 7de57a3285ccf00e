// Sends the outbox: due rows go out through the transport; a failure is kept with its
// error and tried again later, each wait twice the last (up to a cap). Nothing is ever
// dropped: the inbox lists mail that has not gone.
import "server-only";
import { dueOutboxMail, markOutboxFailed, markOutboxSent, countUnsentOutbox, deleteSentOutbox } from "@/db/outbox";
import { pruneLoginAttempts } from "@/db/login-attempts";
import { pruneRateLimitHits } from "@/db/rate-limits";
import { pruneEndedSessions } from "@/db/sessions";
import { env } from "@/lib/platform/env";
import { fromAddress, smtpTransport, type MailTransport } from "./mail";
import { applyInquiryRetention } from "@/lib/inquiries/inquiry-retention";
import { mailErrorText } from "./mail-problems";
import { ABSOLUTE_LIMIT_MS, IDLE_LIMIT_MS } from "@/lib/accounts/session-rules";
import { getIntakeSettings, getSiteSettings } from "@/lib/site/settings";
import { applyVisitRetention } from "@/lib/visits/visit-retention";

export type BackoffOptions = { baseMs: number; maxMs: number };

/** OUTBOX_RETRY_BASE_MS (default 1 minute) doubling per attempt up to OUTBOX_RETRY_MAX_MS (default 1 hour). */
export function backoffFromEnv(): BackoffOptions {
  const { retryBaseMs, retryMaxMs } = env().outbox;
  return { baseMs: retryBaseMs, maxMs: retryMaxMs };
}

/** The wait after the `attempts`-th failure: base, 2×base, 4×base, … capped at max. */
export function retryDelay(attempts: number, options: BackoffOptions): number {
  return Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, Math.min(attempts - 1, 30)));
}

/** Sends every due row once; counts of what went and what failed. */
export async function sendDueMail(
  transport: MailTransport,
  options: BackoffOptions & { from: string; now?: () => Date },
): Promise<{ sent: number; failed: number }> {
  const now = options.now ?? (() => new Date());
  let sent = 0;
  let failed = 0;
  for (const mail of dueOutboxMail(now())) {
    try {
      await transport.sendMail({ from: options.from, to: mail.toAddress, subject: mail.subject, text: mail.textBody });
      markOutboxSent(mail.id, now());
      sent++;
    } catch (error) {
      const attempts = mail.attempts + 1;
      const at = now();
      markOutboxFailed(mail.id, attempts, mailErrorText(error), new Date(at.getTime() + retryDelay(attempts, options)));
      failed++;
    }
  }
  return { sent, failed };
}

const DAY = 24 * 60 * 60 * 1000;

/** The once-a-day chores: retention, old rate-limit hits, old sent mail, ended sessions, sign-in attempts past 30 days, visit totals. */
export function dailyChores(now = new Date()): void {
  const removed = applyInquiryRetention(getIntakeSettings().inquiryRetentionMonths, now);
  if (removed) console.log(`[retention] deleted ${removed} closed, declined or spam inquiries past the retention period`);
  pruneRateLimitHits(new Date(now.getTime() - DAY));
  deleteSentOutbox(new Date(now.getTime() - 30 * DAY));
  pruneEndedSessions(new Date(now.getTime() - IDLE_LIMIT_MS), new Date(now.getTime() - ABSOLUTE_LIMIT_MS));
  pruneLoginAttempts(new Date(now.getTime() - 30 * DAY));
  applyVisitRetention(now);
}

type WorkerState = { timer?: NodeJS.Timeout; running: boolean; again: boolean; lastChores: number; lastWaitingLog: number };
// On globalThis: instrumentation and the route bundles are separate module instances.
const holder = globalThis as unknown as { __outboxWorker?: WorkerState };

async function tick(state: WorkerState): Promise<void> {
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = true;
  try {
    do {
      state.again = false;
      const now = Date.now();
      if (now - state.lastChores >= DAY) {
        state.lastChores = now;
        dailyChores(new Date(now));
      }
      const transport = smtpTransport();
      if (!transport) {
        const waiting = countUnsentOutbox();
        if (waiting && now - state.lastWaitingLog > 10 * 60_000) {
          state.lastWaitingLog = now;
          console.log(`[mail] SMTP_URL is not set: ${waiting} mail(s) waiting in the outbox`);
        }
        continue;
      }
      const result = await sendDueMail(transport, { ...backoffFromEnv(), from: fromAddress(getSiteSettings()) });
      if (result.failed) console.warn(`[mail] ${result.failed} mail(s) could not be sent; will retry`);
    } while (state.again);
  } catch (error) {
    console.error("[mail] outbox worker:", error);
  } finally {
    state.running = false;
  }
}

/** Starts the worker (once per process): polls every OUTBOX_POLL_MS (default 15 s). */
export function startOutboxWorker(): void {
  if (holder.__outboxWorker) return;
  const state: WorkerState = { running: false, again: false, lastChores: 0, lastWaitingLog: 0 };
  holder.__outboxWorker = state;
  state.timer = setInterval(() => void tick(state), env().outbox.pollMs);
  state.timer.unref();
  void tick(state);
}

/** Stops polling and waits for a send in progress to finish (the server is shutting down). */
export async function stopOutboxWorker(): Promise<void> {
  const state = holder.__outboxWorker;
  if (!state) return;
  clearInterval(state.timer);
  state.again = false;
  while (state.running) await new Promise((resolve) => setTimeout(resolve, 20));
  holder.__outboxWorker = undefined;
}

/** Asks the worker to look at the outbox now (after an inquiry was committed). */
export function wakeOutboxWorker(): void {
  const state = holder.__outboxWorker;
  if (state) void tick(state);
}
