// `npm run db:restore -- BACKUP`: checks the backup (checksum, integrity, images), refuses
// while the site answers on its port, sets the current data aside, and puts the backup in
// its place. Start the site again afterwards: it applies any newer migrations.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { databasePath } from "@/db/client";
import { restoreBackup } from "@/lib/platform/backup";
import { env } from "@/lib/platform/env";

function siteAnswers(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(1000);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
    socket.once("error", () => resolve(false));
  });
}

const given = process.argv[2];
if (!given) {
  console.error("Usage: npm run db:restore -- data/backups/backup-…");
  process.exit(1);
}
const { port, host } = env();
const target = !host || host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
if (await siteAnswers(port, target)) {
  console.error(`The site is running (something answers on ${target}:${port}). Stop it first (sudo systemctl stop firm-site), then restore.`);
  process.exit(1);
}
try {
  const journal = JSON.parse(fs.readFileSync(path.join(process.cwd(), "db", "migrations", "meta", "_journal.json"), "utf8")) as { entries: unknown[] };
  const { dir, manifest, setAside } = restoreBackup(path.resolve(given), databasePath(), journal.entries.length);
  console.log(`Restored ${dir} (${manifest.createdAt}): ${manifest.counts.inquiries ?? 0} inquiries, ${manifest.counts.posts ?? 0} posts, ${manifest.uploads.length} images.`);
  console.log(`The data it replaced is in ${setAside}. Start the site again.`);
} catch (error) {
  console.error(`Restore refused: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
