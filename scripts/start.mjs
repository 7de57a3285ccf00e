// `npm start`: build when there is no build or the sources are newer than it, then
// serve (scripts/server.mjs, in this same process: one Node start fewer, and a signal to
// npm's child is the server's own, so SIGTERM stops it cleanly). The server migrates and
// (on an empty database) seeds itself on start-up. package.json starts this file with the
// server's Node flags (scripts/server-node-flags.mjs), which must be given at start.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { SERVER_NODE_FLAGS } from "./server-node-flags.mjs";

const root = path.resolve(import.meta.dirname, "..");
const buildId = path.join(root, ".next", "BUILD_ID");
const sources = ["app", "components", "db", "lib", "public", "instrumentation.ts", "proxy.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];

function newestMtime(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(full, { recursive: true })
    .map((name) => fs.statSync(path.join(full, String(name))).mtimeMs)
    .reduce((a, b) => Math.max(a, b), stat.mtimeMs);
}

function run(args) {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
if (sources.some((entry) => newestMtime(entry) > built)) {
  console.log("[start] building the site (first start or changed sources)…");
  run([path.join(root, "node_modules", ".bin", "next"), "build"]);
}
if (!SERVER_NODE_FLAGS.every((flag) => process.execArgv.includes(flag))) {
  console.warn(`[start] started without ${SERVER_NODE_FLAGS.join(" ")}: use npm start (package.json passes them)`);
}
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
await import("./server.mjs");
