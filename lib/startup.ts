import { db } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import { seedDemoContent } from "@/db/seed";

/** Runs once when the server starts: bring the schema up to date, then fill an empty site. */
export function prepareDatabase(): void {
  applyMigrations(db());
  if (seedDemoContent()) console.log("[startup] empty database: seeded sample content");
}
