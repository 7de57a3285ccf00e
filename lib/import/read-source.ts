// Reads what the owner gave (a file on disk or an address) into a run's items, whatever
// the source: the first bytes say whether it is a WordPress export, a sitemap or a Ghost
// export. Anything else is refused with a message that says what was expected.
import "server-only";
import fs from "node:fs";
import { findImportRun, stageImportItems, updateImportRun, type NewImportItem } from "@/db/imports";
import type { SourceInfo } from "./import-item";
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from "./import-limit.mjs";
import { ImportInputError, readWxr } from "./wxr-reader";
import { readGhostExport } from "./ghost-reader";
import { readSitemapSource } from "./sitemap-reader";
import { isSavedPagesZip, readSavedPagesZip } from "./saved-pages-zip";
import { openSiteExportZip } from "./site-export-zip";
import { listZipEntries } from "./zip-entries";

/** A Ghost export is parsed whole: held to less. */
export const MAX_JSON_BYTES = 100 * 1024 * 1024;

export type SourceInput = { file: string } | { url: string };
export type ReadOptions = { allowLoopback?: boolean; siteUrl?: string };

type Kind = "wxr" | "ghost" | "sitemap" | "zip" | "pages";

function sniff(head: string): Kind | undefined {
  if (head.startsWith("PK\u0003\u0004")) return "zip";
  const text = head.replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("{")) return "ghost";
  // A list of the old site's addresses, one per line.
  if (/^https?:\/\//i.test(text)) return "sitemap";
  if (!text.startsWith("<")) return undefined;
  if (/<(?:urlset|sitemapindex)[\s>]/.test(text)) return "sitemap";
  return "wxr";
}

function readHead(file: string): string {
  const fd = fs.openSync(file, "r");
  try {
    const buffer = Buffer.alloc(4096);
    const n = fs.readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, n).toString("utf8");
  } finally {
    fs.closeSync(fd);
  }
}

/** Stages every post, page and image of the source; returns the number of posts and pages. */
export async function readSource(runId: number, input: SourceInput, options: ReadOptions = {}): Promise<number> {
  const notes: string[] = [];
  let batch: NewImportItem[] = [];
  // Many items per transaction from a file; from a site, each page as it is read, so the
  // Import screen can count them while the rest are fetched.
  // (50 long posts are a few MB: written in one short transaction.)
  let flushEvery = 50;
  let posts = 0;
  const flush = () => {
    stageImportItems(runId, batch);
    batch = [];
  };
  const push = (item: NewImportItem) => {
    if (item.kind !== "attachment") posts++;
    batch.push(item);
    if (batch.length >= flushEvery) flush();
  };
  let info: SourceInfo = {};
  let extra: Partial<SourceInfo> = {};
  let siteUrl = "";
  let kind: Kind;

  if ("url" in input) {
    kind = "sitemap";
    flushEvery = 1;
    const read = await readSitemapSource(input.url, { allowLoopback: options.allowLoopback, push, note: (n) => notes.push(n), cancelled: () => findImportRun(runId)?.status !== "reading" });
    siteUrl = read.siteUrl;
    info = read.info;
  } else {
    const size = fs.statSync(input.file).size;
    if (size === 0) throw new ImportInputError("The file is empty.");
    if (size > MAX_IMPORT_BYTES) throw new ImportInputError(`The file is larger than ${MAX_IMPORT_MB} MB. Export the posts in parts (WordPress: Tools → Export, by date range).`);
    let found = sniff(readHead(input.file));
    if (!found) throw new ImportInputError("This file is neither XML nor JSON. Choose the WordPress export (.xml), the Ghost export (.json), a sitemap (.xml) or a list of the old site's addresses (.txt).");
    if (found === "zip") {
      const names = listZipEntries(fs.readFileSync(input.file)).map((e) => e.name);
      if (!names.includes("wordpress.xml") && isSavedPagesZip(names)) {
        // Pages saved from the browser (lib/import/saved-pages-zip.ts).
        found = "pages";
      } else {
        // This site's own export: its WordPress file, read like any other, with its images
        // from the zip rather than fetched (lib/import/site-export-zip.ts).
        const opened = openSiteExportZip(runId, input.file);
        input = { file: opened.wxrFile };
        notes.push(...opened.notes);
        extra = opened.info;
        found = "wxr";
      }
    }
    kind = found;
    if (kind === "pages") {
      flushEvery = 20;
      const read = readSavedPagesZip(runId, input.file, { push, note: (n) => notes.push(n) });
      siteUrl = read.siteUrl;
      info = read.info;
    } else if (kind === "ghost") {
      if (size > MAX_JSON_BYTES) throw new ImportInputError(`A Ghost export larger than ${MAX_JSON_BYTES / 1024 / 1024} MB is not read. Export without images, or in parts.`);
      const read = readGhostExport(fs.readFileSync(input.file, "utf8"), { push, note: (n) => notes.push(n), siteUrl: options.siteUrl });
      siteUrl = read.siteUrl;
      info = read.info;
    } else if (kind === "sitemap") {
      flushEvery = 1;
      const read = await readSitemapSource(fs.readFileSync(input.file, "utf8"), { allowLoopback: options.allowLoopback, push, note: (n) => notes.push(n), isDocument: true });
      siteUrl = read.siteUrl;
      info = read.info;
    } else {
      info = await readWxr(fs.createReadStream(input.file, { highWaterMark: 256 * 1024 }), {
        channel: (channel) => {
          siteUrl = channel.siteUrl;
        },
        item: (item) => push({ sourceKey: item.sourceKey, kind: item.kind, data: item }),
        attachment: (attachment) => push({ sourceKey: attachment.sourceKey, kind: "attachment", data: attachment }),
        note: (n) => notes.push(n),
      });
    }
  }
  flush();
  if (posts === 0) notes.push("The source has no posts or pages to import.");
  // Saved pages are a site with no export, as a sitemap's pages are.
  updateImportRun(runId, { source: kind === "pages" ? "sitemap" : kind, siteUrl, sourceInfo: { ...info, ...extra }, notes });
  return posts;
}
