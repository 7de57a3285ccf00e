import "server-only";
import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Db } from "./client";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** Applies the committed drizzle-kit migrations that this database has not seen. */
export function applyMigrations(database: Db): void {
  migrate(database, { migrationsFolder });
}
