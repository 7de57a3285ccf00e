import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { env } from "@/lib/platform/env";
import { applyMigrations } from "./migrate";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** An open transaction. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A connection or an open transaction: both run the same queries. */
export type Queryable = Db | Tx;

/** `DATABASE_URL` as a plain path or a `file:` URL; `data/site.db` by default. */
export function databasePath(url = env().databaseUrl): string {
  if (!url) return path.join(process.cwd(), "data", "site.db");
  if (url === ":memory:") return url;
  if (url.startsWith("file:")) {
    const rest = url.slice("file:".length);
    // file:///abs/path is a URL; file:relative/path or file:/abs/path is a path.
    return rest.startsWith("//") ? new URL(url).pathname : path.resolve(rest);
  }
  return path.resolve(url);
}

/** Opens a connection with the pragmas every connection needs. */
export function openDatabase(file: string): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  // FULL: a committed inquiry survives a power cut, not just a crash.
  sqlite.pragma("synchronous = FULL");
  return drizzle({ client: sqlite, schema });
}

// One connection per process, opened on first use (never at import: `next build`
// imports route modules and must not create a database). Kept on globalThis so
// dev-server reloads don't leak connections.
const holder = globalThis as unknown as { __siteDb?: Db };

export function db(): Db {
  holder.__siteDb ??= process.env.NEXT_PHASE === "phase-production-build" ? emptyDatabase() : openDatabase(databasePath());
  return holder.__siteDb;
}

/**
 * What `next build` sees when it prerenders a public page: an empty database in memory,
 * so no content is baked into the build (the server drops those pages when it starts).
 */
function emptyDatabase(): Db {
  const database = openDatabase(":memory:");
  applyMigrations(database);
  return database;
}

/** Writes the write-ahead log into the database file and closes the connection (on shutdown). */
export function closeDatabase(): void {
  const open = holder.__siteDb;
  if (!open) return;
  holder.__siteDb = undefined;
  open.$client.pragma("wal_checkpoint(TRUNCATE)");
  open.$client.close();
}

/** For tests and scripts that point the process at another database. */
export function setDatabase(instance: Db): void {
  holder.__siteDb = instance;
}
