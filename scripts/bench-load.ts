// The benchmarks' load: wrk pinned to core 1 (the server has core 0), 50 connections.
import { spawnSync } from "node:child_process";
import os from "node:os";

export type Load = { rps: number; p50: number; p99: number; errors: number };

/** wrk against `url`: 5 s to warm up, then 15 s measured; `gzip` asks for it, `args` are more of wrk's own (a script). */
export function wrk(url: string, { gzip = false, args: more = [] }: { gzip?: boolean; args?: string[] } = {}): Load {
  const args = [...(gzip ? ["-H", "Accept-Encoding: gzip"] : []), ...more];
  const run = (seconds: number, latency: boolean) =>
    spawnSync("taskset", ["-c", "1", "wrk", "-t1", "-c50", `-d${seconds}s`, ...(latency ? ["--latency"] : []), ...args, url], { encoding: "utf8" }).stdout;
  run(5, false);
  const out = run(15, true);
  const ms = (label: string) => {
    const match = new RegExp(`${label}\\s+([\\d.]+)(us|ms|s)`).exec(out);
    if (!match) return NaN;
    const value = Number(match[1]);
    return match[2] === "us" ? value / 1000 : match[2] === "s" ? value * 1000 : value;
  };
  const errors = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0) + Number(/Socket errors: .*?timeout (\d+)/.exec(out)?.[1] ?? 0);
  return { rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]), p50: ms("50%"), p99: ms("99%"), errors };
}

/**
 * Runs `work` with this process, the bench's own clients (one client's loads, the inquiry
 * senders, the large bodies), on core 1 as wrk is, so that they never take turns with the
 * server on its core.
 */
export async function onClientCore<T>(work: () => Promise<T>): Promise<T> {
  const pin = (cores: string) => spawnSync("taskset", ["-a", "-cp", cores, String(process.pid)], { stdio: "ignore" });
  pin("1");
  try {
    return await work();
  } finally {
    pin(`0-${os.cpus().length - 1}`);
  }
}
