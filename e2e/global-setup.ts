import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SmtpSink } from "./smtp-sink";

/**
 * Runs once per test run, in the runner. The shared test server (playwright.config.ts) sends
 * every inquiry's mail to E2E_SMTP_PORT: a sink listens there for the whole run, so its
 * outbox drains and its log stays quiet (with nothing listening, each unsent mail was
 * retried and logged every two seconds). Journeys that read mail or need the mail server
 * down run a server and a sink of their own (e2e/inquiry-mail.spec.ts).
 *
 * The returned teardown removes the run's temporary folder (E2E_RUN_DIR: the shared
 * server's database, uploads and backups, and every own server's folder inside it).
 */
export default async function globalSetup() {
  const sink = new SmtpSink({ keep: false });
  await sink.start(Number(process.env.E2E_SMTP_PORT));
  return async () => {
    await sink.stop();
    removeRunDir(process.env.E2E_RUN_DIR);
  };
}

/** Only a folder this harness made under the system's temp folder. */
function removeRunDir(dir: string | undefined) {
  if (!dir) return;
  const resolved = path.resolve(dir);
  if (path.dirname(resolved) !== path.resolve(os.tmpdir()) || !path.basename(resolved).startsWith("firm-site-e2e-")) return;
  fs.rmSync(resolved, { recursive: true, force: true });
}
