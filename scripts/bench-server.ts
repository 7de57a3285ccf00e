// For the benchmarks: the production build (built first if missing) served by
// scripts/server.mjs, as `npm start` runs it, on a free loopback port and a temporary
// database that is removed when the server stops.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

const root = path.resolve(import.meta.dirname, "..");

async function waitFor(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer at ${url}`);
}

export async function startBenchServer(env: Record<string, string> = {}) {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
    spawnSync(process.execPath, [next, "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "firm-site-bench-"));
  const dbFile = path.join(dir, "site.db");
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [path.join(root, "scripts", "server.mjs")], {
    cwd: root,
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), DATABASE_URL: dbFile, SITE_URL: base, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: "ignore",
  });
  await waitFor(`${base}/`);
  return {
    base,
    dbFile,
    stop() {
      server.kill("SIGTERM");
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
