import { SmtpSink } from "./smtp-sink";

/**
 * Runs once per test run, in the runner. The shared test server (playwright.config.ts) sends
 * every inquiry's mail to E2E_SMTP_PORT: a sink listens there for the whole run, so its
 * outbox drains and its log stays quiet (with nothing listening, each unsent mail was
 * retried and logged every two seconds). Journeys that read mail or need the mail server
 * down run a server and a sink of their own (e2e/inquiry-mail.spec.ts).
 */
export default async function globalSetup() {
  const sink = new SmtpSink({ keep: false });
  await sink.start(Number(process.env.E2E_SMTP_PORT));
  return () => sink.stop();
}
