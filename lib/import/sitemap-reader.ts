// A site with no export, by its address: its sitemap (sitemap.xml, a sitemap index, or a
// plain list of addresses), each page it lists fetched and its article read
// (lib/import/page-article.ts). Every request goes through safe-fetch.ts; a page that cannot
// be read becomes a line of the report that says why, never a stop of the whole run.
import "server-only";
import { DomUtils, parseDocument } from "htmlparser2";
import type { NewImportItem } from "@/db/imports";
import { MAX_UPLOAD_BYTES } from "@/lib/media/upload-limit.mjs";
import type { SourceInfo, SourceItem } from "./import-item";
import { readPageArticle } from "./page-article";
import { fetchProblem, safeFetch } from "./safe-fetch";
import { ImportInputError } from "./wxr-reader";

export type SitemapSink = {
  push: (item: NewImportItem) => void;
  note: (n: string) => void;
  allowLoopback?: boolean;
  /** `source` is the sitemap's text (an uploaded file), not its address. */
  isDocument?: boolean;
  /** Per page (tests); 20 seconds otherwise. */
  timeoutMs?: number;
  /** True once the owner has cancelled the run: no more pages are fetched. */
  cancelled?: () => boolean;
};

/** More pages than a firm's blog has; a sitemap listing more is cut, and the report says so. */
export const MAX_PAGES = 2000;
const MAX_SITEMAPS = 50;
const MAX_SITEMAP_BYTES = 50 * 1024 * 1024;
/** Pages are fetched a few at a time: quicker than one by one, gentle on the old site. */
const AT_ONCE = 4;

type Listing = { pages: string[]; sitemaps: string[] };

/** The addresses in a sitemap (<urlset>), a sitemap index (<sitemapindex>) or a list, one per line. */
export function readSitemap(text: string): Listing {
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  if (!trimmed.startsWith("<")) {
    const lines = trimmed.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    if (!lines.every((l) => /^https?:\/\/\S+$/i.test(l))) throw new ImportInputError("This is neither a sitemap nor a list of addresses (one http or https address per line).");
    return { pages: lines, sitemaps: [] };
  }
  if (/<!DOCTYPE/i.test(trimmed.slice(0, 2000))) throw new ImportInputError("The sitemap declares a DOCTYPE, which sitemaps never have: it was not read.");
  const doc = parseDocument(trimmed, { xmlMode: true }).children;
  const locs = (parent: string) =>
    DomUtils.findAll((e) => e.name.toLowerCase() === parent, doc)
      .map((el) => DomUtils.textContent(DomUtils.findOne((c) => c.name.toLowerCase() === "loc", el.children) ?? []).trim())
      .filter(Boolean);
  const listing = { pages: locs("url"), sitemaps: locs("sitemap") };
  if (!listing.pages.length && !listing.sitemaps.length) throw new ImportInputError("This XML file is not a sitemap (no <url> or <sitemap> with a <loc>).");
  return listing;
}

const hostOf = (address: string) => {
  try {
    return new URL(address).hostname.replace(/^www\./, "").toLowerCase();
  } catch {
    return undefined;
  }
};

const isXml = (contentType: string, body: string) => /xml/i.test(contentType) || /^\s*(<\?xml|<urlset|<sitemapindex)/i.test(body);

/** The old address's last part, decoded ("qué-pasa" from "/blog/qu%C3%A9-pasa.html"): the plan makes a slug of it. */
function lastSegment(path: string): string {
  const last = (path.split("/").filter(Boolean).pop() ?? "").replace(/\.html?$/i, "");
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function skipped(url: string, why: string): NewImportItem {
  const item: SourceItem = { kind: "post", sourceKey: `page:${url}`, title: url, slug: "", html: "", format: "html", excerpt: "", status: "skipped", statusNote: why, date: null, author: null, tags: [], featuredImage: null, oldUrls: [] };
  return { sourceKey: item.sourceKey, kind: "post", data: item };
}

const describe = (error: unknown) => fetchProblem(error) ?? `It could not be fetched (${error instanceof Error ? error.message : String(error)}).`.slice(0, 300);

/** One page of the old site as an item: its article, or a skipped line saying why not. */
async function readPage(url: string, sink: SitemapSink): Promise<NewImportItem> {
  let answer;
  try {
    answer = await safeFetch(url, { maxBytes: MAX_UPLOAD_BYTES, timeoutMs: sink.timeoutMs ?? 20_000, allowLoopback: sink.allowLoopback, accept: "text/html" });
  } catch (error) {
    return skipped(url, `Not read: ${describe(error)}`);
  }
  if (answer.status !== 200) return skipped(url, `Not read: the old site answered ${answer.status}.`);
  if (!/html/i.test(answer.contentType)) return skipped(url, `Not read: it is not a web page (${answer.contentType || "no type"}).`);
  const article = readPageArticle(answer.bytes.toString("utf8"), answer.url);
  if (!article) return skipped(url, "No article found on the page.");
  const path = new URL(answer.url).pathname;
  const item: SourceItem = {
    kind: article.isArticle ? "post" : "page",
    sourceKey: `page:${url}`,
    title: article.title,
    slug: lastSegment(path),
    html: article.html,
    format: "html",
    excerpt: article.description,
    status: "published",
    date: article.date,
    author: article.author ? { name: article.author } : null,
    tags: article.tags,
    featuredImage: article.image,
    oldUrls: [...new Set([url, answer.url])],
    seoDescription: article.description || undefined,
  };
  return { sourceKey: item.sourceKey, kind: item.kind, data: item };
}

/** The sitemap at `address`: the address itself when it is one, the site's /sitemap.xml for a bare site, one page for a page's address. */
async function fetchListing(address: string, sink: SitemapSink): Promise<{ listing: Listing; from: string }> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new ImportInputError(`“${address.slice(0, 200)}” is not a web address.`);
  }
  const target = url.pathname === "/" && !url.search ? new URL("/sitemap.xml", url).href : url.href;
  const answer = await safeFetch(target, { maxBytes: MAX_SITEMAP_BYTES, timeoutMs: sink.timeoutMs ?? 20_000, allowLoopback: sink.allowLoopback, accept: "application/xml, text/xml, text/plain, text/html" });
  if (answer.status !== 200) throw new ImportInputError(`${target} answered ${answer.status}. Give the address of the site's sitemap (often /sitemap.xml or /sitemap_index.xml).`);
  const body = answer.bytes.toString("utf8");
  if (/html/i.test(answer.contentType) && !isXml(answer.contentType, body)) return { listing: { pages: [answer.url], sitemaps: [] }, from: answer.url };
  return { listing: readSitemap(body), from: answer.url };
}

export async function readSitemapSource(source: string, sink: SitemapSink): Promise<{ siteUrl: string; info: SourceInfo }> {
  const { listing, from: listedAt } = sink.isDocument ? { listing: readSitemap(source), from: "" } : await fetchListing(source, sink);
  // A sitemap index: the sitemaps it lists, one level down.
  const pages = [...listing.pages];
  for (const child of listing.sitemaps.slice(0, MAX_SITEMAPS)) {
    try {
      const answer = await safeFetch(child, { maxBytes: MAX_SITEMAP_BYTES, timeoutMs: sink.timeoutMs ?? 20_000, allowLoopback: sink.allowLoopback, accept: "application/xml, text/xml" });
      if (answer.status !== 200) throw new Error(`it answered ${answer.status}`);
      pages.push(...readSitemap(answer.bytes.toString("utf8")).pages);
    } catch (error) {
      sink.note(`The sitemap ${child.slice(0, 200)} was not read: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (listing.sitemaps.length > MAX_SITEMAPS) sink.note(`The sitemap index lists ${listing.sitemaps.length} sitemaps; the first ${MAX_SITEMAPS} were read.`);
  const from = listedAt || pages.find((p) => /^https?:\/\//i.test(p)) || "";
  const siteUrl = from ? new URL(from).origin : "";
  const siteHost = hostOf(siteUrl);

  const wanted: string[] = [];
  let elsewhere = 0;
  for (const page of new Set(pages)) {
    if (!/^https?:\/\//i.test(page) || hostOf(page) !== siteHost) elsewhere++;
    // The home page is the old site's front, not an article.
    else if (new URL(page).pathname !== "/") wanted.push(page);
  }
  if (elsewhere) sink.note(`${elsewhere} address${elsewhere === 1 ? "" : "es"} on other sites left out (only ${siteHost}'s pages are read).`);
  if (wanted.length > MAX_PAGES) sink.note(`The sitemap lists ${wanted.length} pages; the first ${MAX_PAGES} were read.`);
  const list = wanted.slice(0, MAX_PAGES);
  for (let at = 0; at < list.length && !sink.cancelled?.(); at += AT_ONCE) {
    for (const item of await Promise.all(list.slice(at, at + AT_ONCE).map((url) => readPage(url, sink)))) sink.push(item);
  }
  return { siteUrl, info: {} };
}
