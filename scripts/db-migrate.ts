// `npm run db:migrate`: apply committed migrations to DATABASE_URL (data/site.db by default).
import { databasePath, db } from "@/db/client";
import { applyMigrations } from "@/db/migrate";

applyMigrations(db());
console.log(`Migrations applied to ${databasePath()}`);
