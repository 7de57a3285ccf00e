import "server-only";
import { db } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import { seedDemoContent } from "@/db/seed";
import { ensureFirstUser } from "./first-user";

/** Runs once when the server starts: bring the schema up to date, fill an empty site, make sure someone can sign in. */
export async function prepareDatabase(): Promise<void> {
  applyMigrations(db());
  if (seedDemoContent()) console.log("[startup] empty database: seeded sample content");
  await ensureFirstUser();
}
