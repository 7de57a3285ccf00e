// `npm run db:seed`: migrate, then fill an empty database with sample content.
// A database that has any content is left exactly as it is.
import { databasePath, db } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import { seedDemoContent } from "@/db/seed/demo-content";

applyMigrations(db());
if (seedDemoContent()) console.log(`Seeded sample content into ${databasePath()}`);
else console.log(`${databasePath()} already has content: left unchanged`);
