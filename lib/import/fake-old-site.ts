// For tests and the benchmark: an old site on 127.0.0.1 that serves generated images under
// /wp-content/uploads/ and /content/images/ (any name; "missing" in it answers 404), and
// any page or file it is given. Never used by the product itself.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { zipSync } from "fflate";
import sharp from "sharp";

export type FakeOldSite = { origin: string; requests: string[]; close: () => Promise<void> };
type FakePage = { type: string; body: string | (() => string) };

/**
 * A builder's site with no export (e2e/fixtures/import/builder-site/): a sitemap index, its
 * two sitemaps, three pages, one address that is gone and one that redirects to the office
 * network. Its links name `origin()`, the fake site's address once it listens.
 */
export function builderSitePages(origin: () => string): Record<string, FakePage> {
  const dir = path.resolve(import.meta.dirname, "../../e2e/fixtures/import/builder-site");
  const file = (name: string, type: string): FakePage => ({ type, body: () => fs.readFileSync(path.join(dir, name), "utf8").replaceAll("http://old-builder.test", origin()) });
  return {
    "/sitemap.xml": file("sitemap.xml", "application/xml"),
    "/post-sitemap.xml": file("post-sitemap.xml", "application/xml"),
    "/page-sitemap.xml": file("page-sitemap.xml", "application/xml"),
    "/blog/dui-checkpoint-rights": file("dui-checkpoint-rights.html", "text/html; charset=utf-8"),
    "/blog/expungement-basics.html": file("expungement-basics.html", "text/html"),
    "/about-us": file("about-us.html", "text/html"),
    "/blog/moved-inside": { type: "redirect", body: "http://10.0.0.7/blog/moved-inside" },
  };
}

/**
 * A zip of pages saved from the browser (e2e/fixtures/import/saved-pages/), as a firm
 * leaving a builder makes one: each page with its pictures in a `<page>_files/` folder (and
 * the script and style sheet a browser saves beside them). Its pages name `origin`, the old
 * site (the fake one, which serves the picture the first page links absolutely).
 */
export async function savedPagesZip(origin: string): Promise<Uint8Array> {
  const dir = path.resolve(import.meta.dirname, "../../e2e/fixtures/import/saved-pages");
  const files: Record<string, Uint8Array> = {};
  for (const name of fs.readdirSync(dir)) files[`hollis-reyes/${name}`] = new TextEncoder().encode(fs.readFileSync(path.join(dir, name), "utf8").replaceAll("http://old-builder.test", origin));
  const checkpoint = "hollis-reyes/What to do at a DUI checkpoint - Hollis & Reyes_files";
  files[`${checkpoint}/checkpoint-sign.jpg`] = await imageFor("checkpoint-sign.jpg");
  files[`${checkpoint}/site.css`] = new TextEncoder().encode("body { font-family: serif; }");
  files[`${checkpoint}/builder.js`] = new TextEncoder().encode("console.log('builder');");
  files[`${checkpoint}/saved_resource.html`] = new TextEncoder().encode("<html><body><p>A frame the browser saved.</p></body></html>");
  files["hollis-reyes/expunging-an-old-record_files/courthouse.png"] = await imageFor("courthouse.png");
  return zipSync(files);
}

const imageCache = new Map<string, Buffer>();

async function imageFor(name: string): Promise<Buffer> {
  const ext = /\.png$/i.test(name) ? "png" : "jpeg";
  const key = ext;
  if (!imageCache.has(key)) {
    const base = sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 90, g: 120, b: 160 } } });
    imageCache.set(key, await (ext === "png" ? base.png() : base.jpeg()).toBuffer());
  }
  return imageCache.get(key)!;
}

export async function startFakeOldSite(pages: Record<string, FakePage> = {}): Promise<FakeOldSite> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => void answer(req, res));
  async function answer(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? "/", "http://x");
    requests.push(url.pathname + url.search);
    const page = pages[url.pathname + url.search] ?? pages[url.pathname];
    if (page) {
      if (page.type === "hang") return; // a page that never finishes
      if (page.type === "redirect") {
        res.writeHead(302, { Location: typeof page.body === "function" ? page.body() : page.body });
        return res.end();
      }
      res.writeHead(200, { "Content-Type": page.type });
      return res.end(typeof page.body === "function" ? page.body() : page.body);
    }
    if (/^\/(?:wp-content\/uploads|content\/images)\//.test(url.pathname) && /\.(?:jpe?g|png)$/i.test(url.pathname) && !url.pathname.includes("missing")) {
      const bytes = await imageFor(url.pathname);
      res.writeHead(200, { "Content-Type": /png$/i.test(url.pathname) ? "image/png" : "image/jpeg", "Content-Length": bytes.length });
      return res.end(bytes);
    }
    res.writeHead(404, { "Content-Type": "text/plain" });
    res.end("Not found");
  }
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
