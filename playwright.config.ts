import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { freePort } from "./scripts/free-port";
import { SERVER_NODE_FLAGS } from "./scripts/server-node-flags.mjs";

// The runner evaluates this file again in every worker: fix the folder, database path and
// ports once, in the environment, so every process agrees on them. Everything a run writes
// goes into E2E_RUN_DIR (the shared server's data, own servers' folders: e2e/own-server.ts).
// The process that made it removes it on exit, however the run ends (a server that fails to
// start included); by then Playwright has stopped the servers.
if (!process.env.E2E_RUN_DIR) {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), "firm-site-e2e-"));
  process.env.E2E_RUN_DIR = runDir;
  process.on("exit", () => fs.rmSync(runDir, { recursive: true, force: true }));
}
process.env.E2E_DB_PATH ??= path.join(process.env.E2E_RUN_DIR, "site.db");
process.env.E2E_PORT ??= String(await freePort());
// The SMTP sink the shared server's mail goes to, for the whole run (e2e/global-setup.ts).
process.env.E2E_SMTP_PORT ??= String(await freePort());
// A contact form sent sooner than this is refused as a bot (e2e/inquiry-form.ts reads it).
// 3 s, as on a real site: with less, a loaded 2-core machine took longer than that from
// the page's render to a "too fast" journey's send, and the form went through.
process.env.E2E_CONTACT_MIN_FILL_MS ??= "3000";
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;

// Debian's Chromium where it is installed (this machine cannot download Playwright's);
// Playwright's own browser elsewhere.
const chromiumPath = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const next = "node node_modules/.bin/next";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  globalSetup: "./e2e/global-setup.ts",
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      // Without these Chromium keeps calling home and stalls on a closed network.
      args: ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The production build on a fresh temporary database (migrated and seeded on start),
    // served as `npm start` serves it (scripts/start.mjs: the build is then up to date).
    // E2E_SKIP_BUILD=1 reuses an existing build while iterating on tests.
    command: `${process.env.E2E_SKIP_BUILD ? "" : `${next} build && `}node ${SERVER_NODE_FLAGS.join(" ")} scripts/start.mjs`,
    url: `${baseURL}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      HOST: "127.0.0.1",
      PORT: process.env.E2E_PORT,
      DATABASE_URL: process.env.E2E_DB_PATH,
      SITE_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      // The owner account the admin journeys sign in with (e2e/sign-in.ts).
      ADMIN_EMAIL: "owner@firm.test",
      ADMIN_PASSWORD: "lantern harbor quietly 42",
      // Tests give each journey its own client address in X-Forwarded-For, so the
      // per-address limits of one journey don't spill into another.
      TRUST_PROXY: "1",
      // Inquiry mail goes to the run's SMTP sink (e2e/global-setup.ts); short polls and retries.
      SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`,
      NOTIFY_EMAIL: "intake@firm.test",
      OUTBOX_POLL_MS: "250",
      OUTBOX_RETRY_BASE_MS: "500",
      OUTBOX_RETRY_MAX_MS: "2000",
      E2E_CONTACT_MIN_FILL_MS: process.env.E2E_CONTACT_MIN_FILL_MS,
    },
  },
});
