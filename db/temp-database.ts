import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, setDatabase, type Db } from "./client";
import { applyMigrations } from "./migrate";

/** For tests: a fresh file database with the real migrations, made the process's database. */
export function useTempDatabase(): { db: Db; file: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "firm-site-test-"));
  const file = path.join(dir, "site.db");
  const database = openDatabase(file);
  applyMigrations(database);
  setDatabase(database);
  return {
    db: database,
    file,
    remove: () => {
      database.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
