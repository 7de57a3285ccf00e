// Part of `npm run bench`: the time from `npm start` (the README's command, through npm and
// scripts/start.mjs) to the first 200 on a post, on a site already built and migrated, as an
// operator restarting it sees it.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "./free-port";
import { request } from "./bench-server";

const root = path.resolve(import.meta.dirname, "..");

/** The processes started under `pid` (npm's shell, and the server it runs), from /proc. */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // ended meanwhile
    }
    const parent = Number(/\) \S+ (\d+)/.exec(stat)?.[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const child of children.get(parent) ?? []) {
      found.push(child);
      walk(child);
    }
  };
  walk(pid);
  return found;
}

async function once(dbFile: string, postPath: string): Promise<number> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const npm = spawn("taskset", ["-c", "0", "npm", "start", "--silent"], {
    cwd: root,
    stdio: "ignore",
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), DATABASE_URL: dbFile, SITE_URL: base, SMTP_URL: "", NEXT_TELEMETRY_DISABLED: "1" },
  });
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const status = await request(base + postPath).then((r) => (r.body?.cancel(), r.status)).catch(() => 0);
      if (status === 200) return performance.now() - started;
      if (Date.now() > deadline) throw new Error(`npm start did not answer at ${base}${postPath}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    // npm passes a signal to its shell, not on to the server: each of them gets it.
    for (const pid of [...descendants(npm.pid!), npm.pid!]) {
      try {
        process.kill(pid, "SIGTERM");
      } catch {
        // gone already
      }
    }
    await new Promise((resolve) => npm.once("exit", resolve));
    // The server finishes its shutdown (the database closed) before the next start.
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** `runs` cold starts on `dbFile` (built and migrated already), in milliseconds. */
export async function coldStarts(dbFile: string, postPath: string, runs = 3): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once(dbFile, postPath));
  return times;
}
