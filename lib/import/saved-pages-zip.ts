// A site with no export, as a zip of its pages saved from the browser ("Save page as…",
// each page an .html file with its images in a `Page_files/` folder beside it): each page's
// article read as the sitemap import reads a fetched page (lib/import/page-article.ts). Its
// images named relatively come from the zip (unpacked for the run, named by their content,
// so the same picture in two pages or two runs is one image); absolute http(s) ones are
// fetched through safe-fetch.ts as the sitemap import's are. A page that says where it was
// (its canonical link, og:url, or the "saved from url" comment browsers write) keeps that
// address, which answers 301 once it is imported. The zip is opened by zip-entries.ts.
import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseDocument } from "htmlparser2";
import type { NewImportItem } from "@/db/imports";
import { MAX_UPLOAD_BYTES } from "@/lib/media/upload-limit.mjs";
import type { SourceInfo, SourceItem } from "./import-item";
import { ownAddressOf, readPageArticle } from "./page-article";
import { MAX_PAGES } from "./sitemap-reader";
import { runFilesDir } from "./site-export-zip";
import { listZipEntries, readZipEntries } from "./zip-entries";
import { ImportInputError } from "./wxr-reader";

/** The address an image of the zip is known by: by its content (never fetched: `.invalid` names no host). */
export const SAVED_FILES_ORIGIN = "https://saved-pages.invalid";

const PAGE = /\.x?html?$/i;
const IMAGE = /\.(?:jpe?g|png|webp|gif)$/i;
// Browsers write this above a saved page: `<!-- saved from url=(0046)https://… -->`.
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;
/** Unpacked a batch at a time: a zip of many pictures never sits unpacked in memory whole. */
const BATCH_BYTES = 32 * 1024 * 1024;

/** A page of the site rather than a file a saved page brought along (a frame in `Page_files/`). */
const isPage = (name: string) => PAGE.test(name) && !name.split("/").slice(0, -1).some((folder) => /_files$/i.test(folder)) && !name.startsWith("__MACOSX/");

export function isSavedPagesZip(names: string[]): boolean {
  return names.some(isPage);
}

function httpAddress(value: string | undefined): string | undefined {
  if (!value || !/^https?:\/\//i.test(value.trim())) return undefined;
  try {
    return new URL(value.trim()).href;
  } catch {
    return undefined;
  }
}

/** The entry a relative reference from `entry` names, or undefined when it leaves the zip. */
function entryFor(reference: string, entry: string): string | undefined {
  try {
    const base = new URL(`https://zip.invalid/${entry.split("/").map(encodeURIComponent).join("/")}`);
    const url = new URL(reference, base);
    if (url.host !== "zip.invalid") return undefined;
    return decodeURIComponent(url.pathname.slice(1));
  } catch {
    return undefined;
  }
}

/** `reference` against `base`, absolute; the reference as it is when it is no address. */
function against(reference: string, base: string): string {
  try {
    return new URL(reference, base).href;
  } catch {
    return reference;
  }
}

function lastSegment(address: string): string {
  const last = (address.split(/[?#]/)[0]!.split("/").filter(Boolean).pop() ?? "").replace(/\.x?html?$/i, "");
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The file an image address of the zip stands for, in the run's folder; undefined for any other address. */
export function savedPageFile(dir: string | undefined, address: string): Uint8Array | undefined {
  if (!dir || !address.startsWith(`${SAVED_FILES_ORIGIN}/`)) return undefined;
  const hash = /^\/([a-f0-9]{32})\//.exec(new URL(address).pathname)?.[1];
  if (!hash) return undefined;
  try {
    return fs.readFileSync(path.join(dir, hash));
  } catch {
    return undefined;
  }
}

export type SavedPagesSink = { push: (item: NewImportItem) => void; note: (n: string) => void };

/** Stages every saved page of the zip; its images are unpacked into the run's folder. */
export function readSavedPagesZip(runId: number, zipFile: string, sink: SavedPagesSink): { siteUrl: string; info: SourceInfo } {
  const bytes = fs.readFileSync(zipFile);
  const entries = listZipEntries(bytes);
  const pages = entries.filter((e) => isPage(e.name));
  const images = entries.filter((e) => IMAGE.test(e.name));
  if (!pages.length) throw new ImportInputError("This zip holds no saved web pages (.html files).");
  const dir = path.join(runFilesDir(runId), "saved");
  fs.mkdirSync(dir, { recursive: true });

  // The images first, so every page finds its own: each written to disk as it is unpacked.
  const imageAddress = new Map<string, string>();
  let tooLarge = 0;
  for (const batch of batches(images.filter((e) => (e.size > MAX_UPLOAD_BYTES ? (tooLarge++, false) : true)))) {
    const wanted = new Set(batch.map((e) => e.name));
    for (const [name, data] of readZipEntries(bytes, (n) => wanted.has(n))) {
      const hash = createHash("sha256").update(data).digest("hex").slice(0, 32);
      fs.writeFileSync(path.join(dir, hash), data);
      imageAddress.set(name, `${SAVED_FILES_ORIGIN}/${hash}/${encodeURIComponent(path.posix.basename(name))}`);
    }
  }
  if (tooLarge) sink.note(`${tooLarge} image${tooLarge === 1 ? "" : "s"} in the zip larger than an upload may be left out.`);

  const origins = new Map<string, number>();
  const list = pages.slice(0, MAX_PAGES);
  let saidNothing = 0;
  if (pages.length > MAX_PAGES) sink.note(`The zip holds ${pages.length} pages; the first ${MAX_PAGES} were read.`);
  for (const batch of batches(list.filter((e) => e.size <= MAX_UPLOAD_BYTES))) {
    const wanted = new Set(batch.map((e) => e.name));
    for (const [name, data] of readZipEntries(bytes, (n) => wanted.has(n))) {
      const item = readSavedPage(name, Buffer.from(data).toString("utf8"), imageAddress);
      if (item.status !== "skipped" && !item.oldUrls.length) saidNothing++;
      for (const old of item.oldUrls) {
        const origin = new URL(old).origin;
        origins.set(origin, (origins.get(origin) ?? 0) + 1);
      }
      sink.push({ sourceKey: item.sourceKey, kind: item.kind, data: item });
    }
  }
  const skippedLarge = list.length - list.filter((e) => e.size <= MAX_UPLOAD_BYTES).length;
  if (skippedLarge) sink.note(`${skippedLarge} page${skippedLarge === 1 ? "" : "s"} larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB left out.`);
  const siteUrl = [...origins].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
  const pagesWithout = saidNothing;
  if (pagesWithout > 0) sink.note(`${pagesWithout} saved page${pagesWithout === 1 ? " does" : "s do"} not say its old address (no canonical link, og:url or “saved from” line): no redirect is made for ${pagesWithout === 1 ? "it" : "them"}.`);
  return { siteUrl, info: { localMediaDir: dir } };
}

function* batches<T extends { size: number }>(entries: T[]): Generator<T[]> {
  let batch: T[] = [];
  let size = 0;
  for (const entry of entries) {
    if (batch.length && size + entry.size > BATCH_BYTES) {
      yield batch;
      batch = [];
      size = 0;
    }
    batch.push(entry);
    size += entry.size;
  }
  if (batch.length) yield batch;
}

/** One saved page as an item: its article, or a skipped line saying why not. */
export function readSavedPage(entry: string, html: string, imageAddress: Map<string, string>): SourceItem {
  const doc = parseDocument(html).children;
  const own = httpAddress(ownAddressOf(doc));
  const savedFrom = httpAddress(SAVED_FROM.exec(html.slice(0, 4096))?.[1]);
  const original = own ?? savedFrom;
  const oldUrls = [...new Set([own, savedFrom].filter((a): a is string => Boolean(a)))];
  const sourceKey = `saved:${original ?? entry}`;
  const resolve = (address: string): string => {
    const trimmed = address.trim();
    if (!/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(trimmed)) {
      const inZip = entryFor(trimmed, entry);
      const found = inZip ? imageAddress.get(inZip) : undefined;
      if (found) return found;
      // A relative link or image that is not in the zip: the old site's, when the page says where it was.
      if (original) return against(trimmed, original);
      return inZip && IMAGE.test(inZip) ? `${SAVED_FILES_ORIGIN}/missing/${encodeURIComponent(inZip)}` : trimmed;
    }
    return original ? against(trimmed, original) : trimmed;
  };
  const article = readPageArticle(html, original ?? SAVED_FILES_ORIGIN, resolve, doc);
  const title = path.posix.basename(entry);
  if (!article) return { kind: "post", sourceKey, title, slug: "", html: "", format: "html", excerpt: "", status: "skipped", statusNote: "No article found on the page.", date: null, author: null, tags: [], featuredImage: null, oldUrls: [] };
  return {
    kind: article.isArticle ? "post" : "page",
    sourceKey,
    title: article.title || title.replace(PAGE, ""),
    slug: lastSegment(original ?? entry),
    html: article.html,
    format: "html",
    excerpt: article.description,
    status: "published",
    date: article.date,
    author: article.author ? { name: article.author } : null,
    tags: article.tags,
    featuredImage: article.image,
    oldUrls,
    seoDescription: article.description || undefined,
  };
}
