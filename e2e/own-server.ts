import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { freePort } from "../scripts/free-port";
import { SERVER_NODE_FLAGS } from "../scripts/server-node-flags.mjs";
import { OWNER } from "./sign-in";

export type OwnServer = {
  origin: string;
  port: number;
  dbFile: string;
  /** Everything the server printed so far, stdout and stderr. */
  log: () => string;
  /** SIGTERM, and wait for the process to end; its exit code. */
  stop: () => Promise<number | null>;
  /** SIGKILL: no clean-up at all. */
  kill: () => Promise<void>;
};

/**
 * A fresh database file in a folder of its own: inside the test run's folder (E2E_RUN_DIR,
 * removed when the run ends: e2e/global-setup.ts), else the system's temp folder.
 */
export const tempDatabase = (prefix = "firm-site-own-") =>
  path.join(fs.mkdtempSync(path.join(process.env.E2E_RUN_DIR ?? os.tmpdir(), prefix)), "site.db");

/**
 * The production server (scripts/server.mjs) on a free loopback port and a database of the
 * journey's own, for journeys that need to see its log, restart it, or run it with other
 * settings than the shared test server. Resolves once it says it is serving.
 */
/** `env` overrides the environment; a variable given as undefined is unset. */
/** `dev`: the same server around Next's development build (`npm run dev`). */
export async function startOwnServer(options: { dbFile?: string; env?: Record<string, string | undefined>; port?: number; dev?: boolean } = {}): Promise<OwnServer> {
  const port = options.port ?? (await freePort());
  const dbFile = options.dbFile ?? tempDatabase();
  const origin = options.env?.SITE_URL || `http://127.0.0.1:${port}`;
  const env: Record<string, string | undefined> = {
    ...process.env,
    HOST: "127.0.0.1",
    PORT: String(port),
    DATABASE_URL: dbFile,
    SITE_URL: origin,
    SMTP_URL: "",
    TRUST_PROXY: "",
    ADMIN_EMAIL: OWNER.email,
    ADMIN_PASSWORD: OWNER.password,
    ...options.env,
  };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
  const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE_FLAGS, "scripts/server.mjs", ...(options.dev ? ["--dev"] : [])], { env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes("Serving on")) {
        clearInterval(timer);
        resolve();
      }
    }, 25);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`server stopped (${code}):\n${output}`));
    });
  });
  return {
    origin,
    port,
    dbFile,
    log: () => output,
    stop: async () => {
      child.kill("SIGTERM");
      return exited;
    },
    kill: async () => {
      child.kill("SIGKILL");
      await exited;
    },
  };
}

/** Rows from a database file, read-only. */
export function readDb<T>(dbFile: string, sql: string, ...params: unknown[]): T[] {
  const sqlite = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare(sql).all(...params) as T[];
  } finally {
    sqlite.close();
  }
}
