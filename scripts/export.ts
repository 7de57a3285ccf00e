// `npm run export -- OUT.zip`: the whole site (not its inquiries) as the Import screen's
// download makes it: lib/export/site-export.ts. Written as it is made, never whole in memory.
import fs from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { databasePath, db } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import { siteExportChunks } from "@/lib/export/site-export";
import { siteUrl } from "@/lib/http/site-url";
import { getSiteSettings } from "@/lib/site/settings";

const out = process.argv[2];
if (!out || !out.endsWith(".zip")) {
  console.error("Usage: npm run export -- OUT.zip");
  process.exit(2);
}
applyMigrations(db());
const site = getSiteSettings();
await pipeline(Readable.from(siteExportChunks({ title: site.firmName, siteUrl: siteUrl() })), fs.createWriteStream(out));
console.log(`Exported ${databasePath()} to ${out} (${(fs.statSync(out).size / 1024 / 1024).toFixed(1)} MB).`);
