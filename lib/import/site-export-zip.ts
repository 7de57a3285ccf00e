// This site's own export (lib/export/site-export.ts) read back, to move a firm's site to
// another install: wordpress.xml is imported like any WordPress export, its images are
// taken from the zip's media/ folder (unpacked beside the database for the run, so a
// restart finds them), and firm-site.json gives the profiles and settings.
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "@/db/client";
import { MAX_UPLOAD_BYTES } from "@/lib/media/upload-limit.mjs";
import type { ExportedProfile, SourceInfo } from "./import-item";
import { readZipEntries } from "./zip-entries";
import { ImportInputError } from "./wxr-reader";

const MEDIA_NAME = /^media\/([a-f0-9]{32}\.(?:jpg|png|webp))$/;

export function runFilesDir(runId: number): string {
  const file = databasePath();
  return path.join(file === ":memory:" ? "/tmp" : path.dirname(file), "imports", `run-${runId}`);
}

export function openSiteExportZip(runId: number, zipFile: string): { wxrFile: string; info: Partial<SourceInfo>; notes: string[] } {
  const entries = readZipEntries(fs.readFileSync(zipFile), (name) => name === "wordpress.xml" || name === "firm-site.json" || MEDIA_NAME.test(name));
  const wxr = entries.get("wordpress.xml");
  const json = entries.get("firm-site.json");
  if (!wxr || !json) throw new ImportInputError("This zip is neither an export of this site (it has no wordpress.xml and firm-site.json) nor pages saved from a browser (.html files). Unzip it and choose the export file inside.");
  const dir = runFilesDir(runId);
  fs.mkdirSync(path.join(dir, "media"), { recursive: true });
  const wxrFile = path.join(dir, "wordpress.xml");
  fs.writeFileSync(wxrFile, wxr);
  let images = 0;
  for (const [name, bytes] of entries) {
    const m = MEDIA_NAME.exec(name);
    if (!m || bytes.byteLength > MAX_UPLOAD_BYTES) continue;
    fs.writeFileSync(path.join(dir, "media", m[1]!), bytes);
    images++;
  }
  let parsed: { format?: string; profiles?: ExportedProfile[]; settings?: Record<string, unknown> };
  try {
    parsed = JSON.parse(Buffer.from(json).toString("utf8"));
  } catch {
    throw new ImportInputError("The export's firm-site.json is damaged.");
  }
  const notes = [`An export of this site: ${images} image${images === 1 ? "" : "s"} come from the zip, and the firm's settings (name, phone, disclaimers) and lawyers' profiles will be set from it.`];
  return { wxrFile, info: { localMediaDir: path.join(dir, "media"), profiles: parsed.profiles ?? [], settings: parsed.settings ?? {} }, notes };
}

/** The bytes of an image the zip held, for an address of the exported site (…/media/<name>). */
export function localImage(dir: string | undefined, address: string): Uint8Array | undefined {
  if (!dir) return undefined;
  const name = /\/media\/([a-f0-9]{32}\.(?:jpg|png|webp))$/.exec(address.split(/[?#]/)[0]!)?.[1];
  if (!name) return undefined;
  try {
    return fs.readFileSync(path.join(dir, name));
  } catch {
    return undefined;
  }
}
