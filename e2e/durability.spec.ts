import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { crashTest } from "../scripts/crash-test";
import { freePort } from "../scripts/free-port";
import { renderForm, sendForm } from "../scripts/inquiry-client";
import { readDb, startOwnServer, tempDatabase } from "./own-server";
import { TINY_PNG } from "./post-editor";
import { signInByRequest } from "./sign-in";

// Stopping, crashing, backing up and restoring: nothing a person was told was received is
// ever lost. Each journey runs servers of its own.

const LOAD_ENV = { NOTIFY_EMAIL: "intake@firm.test", INQUIRY_RATE_LIMIT: "off", E2E_CONTACT_MIN_FILL_MS: "0" };

/** Whether something accepts a TCP connection at host:port. */
function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/** `npm run db:backup` / `db:restore` for a database, as an operator runs them. */
function npmScript(script: string, dbFile: string, port: number, ...args: string[]) {
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", `scripts/${script}.ts`, ...args], {
    env: { ...process.env, DATABASE_URL: dbFile, PORT: String(port), HOST: "127.0.0.1", BACKUP_KEEP: "5", NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

test("the server listens only where HOST (or HOSTNAME) says", async () => {
  test.setTimeout(60_000);
  const port = await freePort();
  const local = await startOwnServer({ port });
  try {
    expect(await answers("127.0.0.1", port)).toBe(true);
    expect(await answers("127.0.0.2", port)).toBe(false);
  } finally {
    await local.stop();
  }
  const other = await startOwnServer({ port, env: { HOST: "", HOSTNAME: "127.0.0.2", SITE_URL: `http://127.0.0.2:${port}` } });
  try {
    expect(await answers("127.0.0.2", port)).toBe(true);
    expect(await answers("127.0.0.1", port)).toBe(false);
    expect(other.log()).toContain(`Serving on http://127.0.0.2:${port}`);
  } finally {
    await other.stop();
  }
});

test("SIGTERM lets the requests in progress finish, then folds the log into the database and exits cleanly", async () => {
  test.setTimeout(60_000);
  const server = await startOwnServer();
  const client = await playwrightRequest.newContext();
  const { csrfToken } = (await (await client.get(`${server.origin}/api/auth/csrf`)).json()) as { csrfToken: string };
  // Slow requests: each one hashes a password (argon2id, about 20 MB and tens of milliseconds).
  const count = 24;
  const inFlight = Array.from({ length: count }, (_, i) =>
    client
      .post(`${server.origin}/api/auth/callback/credentials`, { form: { csrfToken, email: `nobody${i}@firm.test`, password: "not a password of anyone", json: "true" }, headers: { Origin: server.origin }, maxRedirects: 0 })
      .then((response) => response.status()),
  );
  // Each request reserves its place before its hash: once all have, all are in the server,
  // and those still hashing ("pending") are the ones SIGTERM must wait for.
  const attempts = () => readDb<{ n: number; pending: number }>(server.dbFile, "select count(*) n, count(*) filter (where outcome = 'pending') pending from login_attempts")[0]!;
  await expect.poll(() => attempts().n, { intervals: [5] }).toBe(count);
  const pendingAtStop = attempts().pending;
  const exit = server.stop();
  expect(await Promise.all(inFlight)).toEqual(Array(count).fill(401));
  expect(pendingAtStop, "requests were still in progress when SIGTERM came").toBeGreaterThan(0);
  expect(await exit).toBe(0);
  expect(server.log()).toContain("[shutdown] done");
  expect(await answers("127.0.0.1", server.port)).toBe(false);
  // Checkpointed and closed: no write-ahead log left, and the file is sound.
  expect(fs.existsSync(`${server.dbFile}-wal`) ? fs.statSync(`${server.dbFile}-wal`).size : 0).toBe(0);
  expect(readDb<{ integrity_check: string }>(server.dbFile, "pragma integrity_check")[0]!.integrity_check).toBe("ok");
  expect(readDb<{ n: number }>(server.dbFile, "select count(*) n from login_attempts where outcome = 'pending'")[0]!.n).toBe(0);
  await client.dispose();
});

test("killed with SIGKILL at random moments, the server loses no confirmed inquiry and stores none twice", async () => {
  test.setTimeout(150_000);
  const lines: string[] = [];
  const report = await crashTest(3, (line) => lines.push(line));
  expect(report, lines.join("\n")).toMatchObject({ missing: [], withoutMail: [], duplicates: 0, integrity: "ok", ok: true });
  expect(report.confirmed).toBeGreaterThan(0);
});

test("a backup taken while inquiries arrive is consistent, and restores into a stopped site with its images", async () => {
  test.setTimeout(150_000);
  const dbFile = tempDatabase("firm-site-backup-");
  const server = await startOwnServer({ dbFile, env: LOAD_ENV });
  const owner = await playwrightRequest.newContext();
  await signInByRequest(owner, server.origin);
  const upload = await owner.post(`${server.origin}/admin/api/media`, { headers: { Origin: server.origin }, multipart: { file: { name: "cover.png", mimeType: "image/png", buffer: TINY_PNG } } });
  expect(upload.status()).toBe(200);
  const { media } = (await upload.json()) as { media: { url: string } };

  // Write load: four clients send inquiries until the backups are done.
  let sending = true;
  let sent = 0;
  const clients = Array.from({ length: 4 }, async (_, c) => {
    while (sending) {
      if (await sendForm(server.origin, await renderForm(server.origin), `Load ${c}-${sent}`)) sent++;
    }
  });
  await expect.poll(() => sent, { timeout: 30_000 }).toBeGreaterThan(5);
  const backups = [npmScript("db-backup", dbFile, server.port), npmScript("db-backup", dbFile, server.port)];
  sending = false;
  await Promise.all(clients);
  for (const backup of backups) expect(backup.output, backup.output).toMatch(/Backed up to .*verified/);
  const dirs = fs.readdirSync(path.join(path.dirname(dbFile), "backups")).filter((name) => name.startsWith("backup-")).sort();
  expect(dirs).toHaveLength(2);
  const backupDir = path.join(path.dirname(dbFile), "backups", dirs[0]!);
  const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, "manifest.json"), "utf8")) as { counts: Record<string, number>; uploads: string[] };
  // The upload and the resized copies made of it when it arrived.
  const variants = readDb<{ file_name: string }>(dbFile, "select file_name from media_variants").map((row) => row.file_name);
  expect(variants.length).toBeGreaterThan(0);
  expect([...manifest.uploads].sort()).toEqual([path.basename(media.url), ...variants].sort());
  expect(manifest.counts.inquiries).toBeGreaterThan(0);
  // Every inquiry in the copy has its mail: no half of a transaction was copied.
  const copy = new Database(path.join(backupDir, "site.db"), { readonly: true });
  expect(copy.prepare("select count(*) from inquiries i where not exists (select 1 from outbox o where o.inquiry_id = i.id)").pluck().get()).toBe(0);
  copy.close();

  // Refused while the site runs; restored once it is stopped.
  expect(npmScript("db-restore", dbFile, server.port, backupDir).output).toContain("The site is running");
  const totalBefore = readDb<{ n: number }>(dbFile, "select count(*) n from inquiries")[0]!.n;
  expect(totalBefore).toBeGreaterThanOrEqual(manifest.counts.inquiries!);
  await owner.dispose();
  await server.stop();
  const restored = npmScript("db-restore", dbFile, server.port, backupDir);
  expect(restored.code, restored.output).toBe(0);
  expect(readDb<{ n: number }>(dbFile, "select count(*) n from inquiries")[0]!.n).toBe(manifest.counts.inquiries);
  expect(readDb<{ n: number }>(dbFile, "select count(*) n from outbox")[0]!.n).toBe(manifest.counts.outbox);

  // The restored site starts and serves the image and the inquiries.
  const again = await startOwnServer({ dbFile, port: server.port });
  try {
    const image = await fetch(`${again.origin}${media.url}`);
    expect(image.status).toBe(200);
    expect(Buffer.from(await image.arrayBuffer()).equals(TINY_PNG)).toBe(true);
  } finally {
    await again.stop();
  }
});
