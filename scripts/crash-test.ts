// `npm run test:crash [-- ROUNDS]`: inquiries sent in a loop by several clients while the
// server is killed with SIGKILL at random moments and started again, ROUNDS times (20 by
// default; the end-to-end suite runs 3). Then, on the database: every inquiry that got a
// confirmation is there exactly once, its notification mail is in the outbox (or sent), and
// PRAGMA integrity_check says ok. A form whose request died is sent again, with the same
// token, once the server is back: it must find its first inquiry, never make a second.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { freePort } from "./free-port";
import { SERVER_NODE_FLAGS } from "./server-node-flags.mjs";
import { renderForm, sendForm, type RenderedForm } from "./inquiry-client";

export type CrashReport = { rounds: number; confirmed: number; stored: number; duplicates: number; missing: string[]; withoutMail: string[]; integrity: string; ok: boolean };

function start(dbFile: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, "scripts/server.mjs"], {
    cwd: path.resolve(import.meta.dirname, ".."),
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: String(port),
      DATABASE_URL: dbFile,
      SITE_URL: `http://127.0.0.1:${port}`,
      SMTP_URL: "",
      TRUST_PROXY: "",
      NOTIFY_EMAIL: "intake@firm.test",
      INQUIRY_RATE_LIMIT: "off",
      E2E_CONTACT_MIN_FILL_MS: "0",
      ADMIN_EMAIL: "crash.owner@firm.test",
      ADMIN_PASSWORD: "copper lantern harbor 2026",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("Serving on")) resolve(child);
    });
    child.once("exit", (code, signal) => reject(new Error(`server stopped before serving (${code ?? signal})`)));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function crashTest(rounds: number, log: (line: string) => void = console.log): Promise<CrashReport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "firm-site-crash-"));
  const dbFile = path.join(dir, "site.db");
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const confirmed = new Set<string>();
  // Forms whose request died with the server: sent again after the restart, with the same answers.
  const unanswered: { form: RenderedForm; name: string }[] = [];
  let serial = 0;
  let server = await start(dbFile, port);

  for (let round = 1; round <= rounds; round++) {
    let running = true;
    const client = async () => {
      while (running) {
        let sending: { form: RenderedForm; name: string };
        try {
          sending = unanswered.pop() ?? { form: await renderForm(origin), name: `Crash Test ${++serial}` };
        } catch {
          await sleep(20);
          continue;
        }
        try {
          const reference = await sendForm(origin, sending.form, sending.name);
          if (reference) confirmed.add(reference);
        } catch {
          unanswered.push(sending);
          await sleep(20);
        }
      }
    };
    const clients = Array.from({ length: 4 }, client);
    // Killed at a random moment, 300 ms to 1.5 s into the round.
    await sleep(300 + Math.random() * 1200);
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGKILL");
    await exited;
    await sleep(100);
    running = false;
    await Promise.all(clients);
    server = await start(dbFile, port);
    log(`[crash] round ${round}/${rounds}: ${confirmed.size} confirmed so far, ${unanswered.length} to send again`);
  }
  // The forms cut off by the last kill, sent again to a running server.
  while (unanswered.length) {
    const { form, name } = unanswered.pop()!;
    const reference = await sendForm(origin, form, name);
    if (reference) confirmed.add(reference);
  }
  const stopped = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await stopped;

  const sqlite = new Database(dbFile, { readonly: true });
  const rows = sqlite.prepare("select reference, count(*) n, (select count(*) from outbox o where o.inquiry_id = min(i.id)) mails from inquiries i group by reference").all() as { reference: string; n: number; mails: number }[];
  // Each name is one person's form (sent again under the same name when its request died): stored once.
  const twice = (sqlite.prepare("select count(*) n from (select name from inquiries group by name having count(*) > 1)").get() as { n: number }).n;
  const integrity = (sqlite.pragma("integrity_check", { simple: true }) as string) ?? "";
  sqlite.close();
  const byReference = new Map(rows.map((row) => [row.reference, row]));
  const missing = [...confirmed].filter((reference) => !byReference.has(reference));
  const duplicates = twice + rows.filter((row) => row.n > 1).length;
  const withoutMail = [...confirmed].filter((reference) => (byReference.get(reference)?.mails ?? 0) < 1);
  fs.rmSync(dir, { recursive: true, force: true });
  const report = { rounds, confirmed: confirmed.size, stored: rows.length, duplicates, missing, withoutMail, integrity, ok: missing.length === 0 && duplicates === 0 && withoutMail.length === 0 && integrity === "ok" && confirmed.size > 0 };
  log(`[crash] ${report.ok ? "ok" : "FAILED"}: ${report.confirmed} confirmed, ${report.stored} stored, ${duplicates} twice, ${missing.length} missing, ${withoutMail.length} without mail, integrity ${integrity}`);
  return report;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rounds = Number(process.argv[2] ?? 20);
  const report = await crashTest(Number.isInteger(rounds) && rounds > 0 ? rounds : 20);
  process.exit(report.ok ? 0 : 1);
}
