// `npm run import -- FILE-OR-URL [--dry-run] [--site https://old-site.example] [--as owner@firm.example] [--lawyer "Name"]`:
// the Import screen from a terminal. Reads a WordPress export (.xml), a Ghost export (.json),
// a sitemap (.xml), a site's address, this site's export or a zip of saved pages (.zip), prints the dry-run report, and (without --dry-run)
// imports (--lawyer: who signs the posts with no author, when the firm has several lawyers;
// lib/import/import-byline.ts). Runs against DATABASE_URL like the server; the running site's cached pages show
// the import within a minute (or restart it).
import { databasePath, db } from "@/db/client";
import { findImportRun, listReportRows, runProgress } from "@/db/imports";
import { applyMigrations } from "@/db/migrate";
import { listProfileChoices } from "@/db/profiles";
import { listAccounts } from "@/db/users";
import { bylineProblem, chooseLawyer } from "@/lib/import/import-byline";
import { prepareRun, runImport } from "@/lib/import/import-run";
import { describeRun } from "@/lib/import/run-report";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const [, value] = args.splice(at, 2);
  return value;
};
const dryRun = args.includes("--dry-run");
const rest = args.filter((a) => a !== "--dry-run");
const as = flag("--as");
const site = flag("--site");
const lawyer = flag("--lawyer");
const source = rest.filter((a) => !a.startsWith("--"))[0];
if (!source) {
  console.error('Usage: npm run import -- FILE-OR-URL [--dry-run] [--site OLD-SITE-ADDRESS] [--as OWNER-EMAIL] [--lawyer "LAWYER NAME"]');
  process.exit(2);
}

applyMigrations(db());
const owner = listAccounts().find((u) => u.role === "owner" && u.active && (!as || u.email.toLowerCase() === as.toLowerCase()));
if (!owner) {
  console.error(as ? `No active owner account ${as} in ${databasePath()}.` : `No owner account in ${databasePath()}: create one first (npm run admin:create).`);
  process.exit(1);
}

const input = /^https?:\/\//i.test(source) ? { url: source } : { file: source };
const run = await prepareRun(input, source, owner.id, { siteUrl: site });
if (run.status === "failed") {
  console.error(run.error);
  process.exit(1);
}
console.log(describeRun(run, listReportRows(run.id)));
if (lawyer) {
  const profile = listProfileChoices().find((p) => p.displayName.trim().toLowerCase() === lawyer.trim().toLowerCase());
  if (!profile || !chooseLawyer(run.id, profile.id)) {
    console.error(`No lawyer named “${lawyer}”. The firm's lawyers: ${listProfileChoices().map((p) => p.displayName).join(", ") || "none yet"}.`);
    process.exit(1);
  }
  console.log(`Posts with no author are signed by ${profile.displayName}.`);
}
if (dryRun) {
  console.log("\nDry run: nothing was written. Run again without --dry-run to import.");
  process.exit(0);
}
const problem = bylineProblem(findImportRun(run.id)!, owner.id);
if (problem) {
  console.error(`${problem} Run again with --lawyer "NAME" (${listProfileChoices().map((p) => p.displayName).join(", ")}).`);
  process.exit(1);
}
const timer = setInterval(() => {
  const p = runProgress(run.id);
  process.stdout.write(`\r${p.done + p.failed + p.skipped} of ${p.total}…`);
}, 1000);
const done = await runImport(run.id, owner.id);
clearInterval(timer);
const p = runProgress(run.id);
console.log(`\r${done?.status === "done" ? "Imported" : `Stopped (${done?.status})`}: ${p.done} written, ${p.skipped} left as they were, ${p.failed} failed.${done?.error ? `\n${done.error}` : ""}`);
for (const item of listReportRows(run.id).filter((i) => i.status === "failed")) console.log(`  failed: ${item.title}: ${item.message}`);
process.exit(done?.status === "done" ? 0 : 1);
