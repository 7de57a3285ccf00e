// Backups of the whole site's data: the SQLite file copied with SQLite's online backup
// API (consistent while the site serves and writes), the uploaded images it names, and
// the secret that keys recovery codes and hashes. Each backup is a folder
// `backups/backup-<UTC time>/` beside the database, written under a temporary name and
// renamed only once verified, with a manifest of what it holds.
import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export type BackupManifest = {
  createdAt: string;
  sha256: string;
  bytes: number;
  migrations: number;
  counts: Record<string, number>;
  uploads: string[];
  secret: boolean;
};

const MANIFEST = "manifest.json";
const DATABASE = "site.db";

export const backupsDir = (dbFile: string) => path.join(path.dirname(dbFile), "backups");
const uploadsOf = (dbFile: string) => path.join(path.dirname(dbFile), "uploads");
const secretOf = (dbFile: string) => path.join(path.dirname(dbFile), "auth-secret");

const sha256 = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** Opens a database copy read-only and checks it; its row counts, migration count and image names. */
function inspect(file: string): { counts: Record<string, number>; migrations: number; uploads: string[] } {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = copy.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(`the database copy is damaged: ${String(integrity)}`);
    const broken = copy.pragma("foreign_key_check") as unknown[];
    if (broken.length) throw new Error(`the database copy has ${broken.length} broken references`);
    const tables = copy.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
    if (!tables.includes("__drizzle_migrations") || !tables.includes("inquiries")) throw new Error("this is not a database of this site");
    const counts = Object.fromEntries(tables.map((table) => [table, copy.prepare(`select count(*) from "${table.replace(/"/g, '""')}"`).pluck().get() as number]));
    const migrations = counts.__drizzle_migrations ?? 0;
    // The uploads and, from issue 11 on, the variants made from them (a backup from before has none).
    const variants = tables.includes("media_variants") ? " union all select file_name from media_variants" : "";
    const uploads = copy.prepare(`select file_name from media${variants} order by file_name`).pluck().all() as string[];
    return { counts, migrations, uploads };
  } finally {
    copy.close();
  }
}

/** A consistent copy of `dbFile` and its uploads, verified; the oldest beyond `keep` deleted. */
export async function createBackup(dbFile: string, keep: number, now = new Date()): Promise<{ dir: string; manifest: BackupManifest; deleted: string[] }> {
  const root = backupsDir(dbFile);
  const name = `backup-${now.toISOString().replace(/[:.]/g, "-")}`;
  const partial = path.join(root, `.${name}.partial`);
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(path.join(partial, "uploads"), { recursive: true, mode: 0o700 });

  const source = new Database(dbFile, { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    await source.backup(path.join(partial, DATABASE));
  } finally {
    source.close();
  }
  const { counts, migrations, uploads } = inspect(path.join(partial, DATABASE));
  // The images the copy names (an image uploaded since is not in it, and not needed).
  for (const file of uploads) {
    if (!/^[a-f0-9]{32}(?:\.(?:jpg|png|webp)|-\d{1,5}\.(?:avif|webp))$/.test(file)) throw new Error(`unexpected upload name ${file}`);
    fs.copyFileSync(path.join(uploadsOf(dbFile), file), path.join(partial, "uploads", file));
  }
  const secret = fs.existsSync(secretOf(dbFile));
  if (secret) fs.copyFileSync(secretOf(dbFile), path.join(partial, "auth-secret"));
  const manifest: BackupManifest = { createdAt: now.toISOString(), sha256: sha256(path.join(partial, DATABASE)), bytes: fs.statSync(path.join(partial, DATABASE)).size, migrations, counts, uploads, secret };
  fs.writeFileSync(path.join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  const dir = path.join(root, name);
  fs.renameSync(partial, dir);
  return { dir, manifest, deleted: pruneBackups(root, keep) };
}

/** Backups in `root`, oldest first. */
export function listBackups(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root)
    .filter((entry) => /^backup-[0-9TZ-]+$/.test(entry))
    .sort()
    .map((entry) => path.join(root, entry));
}

function pruneBackups(root: string, keep: number): string[] {
  const all = listBackups(root);
  const old = all.slice(0, Math.max(0, all.length - keep));
  for (const dir of old) fs.rmSync(dir, { recursive: true, force: true });
  return old;
}

/** Checks a backup folder (or its site.db): the manifest, the database's checksum and health, every image. Its manifest, or an error saying what is wrong. */
export function verifyBackup(given: string): { dir: string; manifest: BackupManifest } {
  const dir = path.basename(given) === DATABASE ? path.dirname(given) : given;
  const manifestFile = path.join(dir, MANIFEST);
  if (!fs.existsSync(manifestFile)) throw new Error(`${dir} is not a backup made by npm run db:backup (no ${MANIFEST})`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as BackupManifest;
  if (sha256(path.join(dir, DATABASE)) !== manifest.sha256) throw new Error("the database file does not match its checksum: the backup is damaged");
  const { counts, uploads } = inspect(path.join(dir, DATABASE));
  if (counts.inquiries !== manifest.counts.inquiries) throw new Error("the database does not hold what the manifest says");
  for (const file of uploads) if (!fs.existsSync(path.join(dir, "uploads", file))) throw new Error(`the image ${file} is missing from the backup`);
  return { dir, manifest };
}

/**
 * Replaces the site's data with a verified backup. The current database, uploads and
 * secret are moved aside first (into backups/before-restore-<time>/), never deleted.
 * The site must be stopped (scripts/db-restore.ts checks); a backup made by a newer
 * version of the site (more migrations than this code has) is refused.
 */
export function restoreBackup(given: string, dbFile: string, migrationsInCode: number, now = new Date()): { dir: string; manifest: BackupManifest; setAside: string } {
  const { dir, manifest } = verifyBackup(given);
  if (manifest.migrations > migrationsInCode) throw new Error(`the backup comes from a newer version of the site (${manifest.migrations} migrations, this code has ${migrationsInCode}): update the code first`);
  const setAside = path.join(backupsDir(dbFile), `before-restore-${now.toISOString().replace(/[:.]/g, "-")}`);
  fs.mkdirSync(setAside, { recursive: true, mode: 0o700 });
  for (const file of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, uploadsOf(dbFile), secretOf(dbFile)]) {
    if (fs.existsSync(file)) fs.renameSync(file, path.join(setAside, path.basename(file)));
  }
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  fs.copyFileSync(path.join(dir, DATABASE), dbFile);
  fs.cpSync(path.join(dir, "uploads"), uploadsOf(dbFile), { recursive: true });
  if (manifest.secret) fs.copyFileSync(path.join(dir, "auth-secret"), secretOf(dbFile));
  if (manifest.secret) fs.chmodSync(secretOf(dbFile), 0o600);
  return { dir, manifest, setAside };
}
