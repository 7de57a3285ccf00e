import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../scripts/free-port";
import { OWNER } from "./sign-in";

// Journeys that must see exactly their own changes run a server of their own, on a
// database of their own, with no other traffic: what it shows can only come from that
// database, its clock and the changes made there (e2e/public-cache.spec.ts).

/** A path for a fresh database file (the server creates, migrates and seeds it). */
export const tempDatabase = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "firm-site-cache-")), "site.db");

/** Starts the production build on `dbFile`, on a free loopback port, with the test owner account. */
export async function startServer(dbFile: string): Promise<{ origin: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["scripts/server.mjs"], {
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), DATABASE_URL: dbFile, SITE_URL: `http://127.0.0.1:${port}`, SMTP_URL: "", ADMIN_EMAIL: OWNER.email, ADMIN_PASSWORD: OWNER.password },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Serving on")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`server stopped (${code})`)));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
