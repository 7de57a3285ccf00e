// For the benchmarks: the production build (built first if missing) served by
// scripts/server.mjs, as `npm start` runs it, on a free loopback port, pinned to one core
// (`taskset -c 0`) so that the load client can have the other.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "./free-port";
import { SERVER_NODE_FLAGS } from "./server-node-flags.mjs";

const root = path.resolve(import.meta.dirname, "..");

export function ensureBuild(): void {
  if (fs.existsSync(path.join(root, ".next", "BUILD_ID"))) return;
  const next = path.join(root, "node_modules", ".bin", "next");
  const built = spawnSync(process.execPath, [next, "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (built.status !== 0) throw new Error("next build failed");
}

export type BenchServer = {
  base: string;
  pid: number;
  /** Process start to the first 200 on `readyPath`, in milliseconds. */
  coldStartMs: number;
  /** The server's peak resident memory so far (VmHWM), in MB. */
  peakRssMb: () => number;
  stop: () => void;
};

/**
 * Starts the server on `dbFile` (which must exist) and waits for a 200 on `readyPath`.
 * `nodeFlags`: more of Node's own flags, for a profile (`--cpu-prof`, which NODE_OPTIONS refuses).
 */
export async function startBenchServer(dbFile: string, readyPath: string, env: Record<string, string> = {}, nodeFlags: string[] = []): Promise<BenchServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const server = spawn("taskset", ["-c", "0", process.execPath, ...SERVER_NODE_FLAGS, ...nodeFlags, path.join(root, "scripts", "server.mjs")], {
    cwd: root,
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), DATABASE_URL: dbFile, SITE_URL: base, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: "ignore",
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await request(base + readyPath)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not answer at ${base}${readyPath}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const coldStartMs = performance.now() - started;
  const pid = server.pid!;
  return {
    base,
    pid,
    coldStartMs,
    peakRssMb: () => Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024,
    stop: () => server.kill("SIGTERM"),
  };
}

/**
 * fetch, tried once more when the connection it reused was closed meanwhile (the server
 * drops idle keep-alive connections after 5 s; a load run lasts longer).
 */
export async function request(url: string | URL, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}
