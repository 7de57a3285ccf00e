import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` reads this: migrations are written from the schema and
// committed; the app applies them itself (db/migrate.ts).
export default defineConfig({
  dialect: "sqlite",
  schema: "./db/schema.ts",
  out: "./db/migrations",
});
