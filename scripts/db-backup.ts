// `npm run db:backup`: a consistent copy of the database (SQLite's online backup API, so
// the site keeps serving), the uploaded images and the secret, verified, into
// backups/ beside the database; keeps the last BACKUP_KEEP (14). Run it from cron or a
// systemd timer (deploy/README.md).
import { databasePath } from "@/db/client";
import { createBackup } from "@/lib/platform/backup";
import { env } from "@/lib/platform/env";

try {
  const { dir, manifest, deleted } = await createBackup(databasePath(), env().backupKeep);
  console.log(`Backed up to ${dir}: ${manifest.counts.inquiries ?? 0} inquiries, ${manifest.counts.posts ?? 0} posts, ${manifest.uploads.length} images; verified.`);
  if (deleted.length) console.log(`Deleted ${deleted.length} older backup(s).`);
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
