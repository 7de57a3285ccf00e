// `npm run bench [-- --scale N]`: what a browser gets from the production build, against
// the ceiling of the same bytes served by nginx, in one run. The server is pinned to core 0
// and the load (wrk) to core 1. Figures, not pass/fail: the targets are in bench/README.md.
// With `--scale N`, the same again on N times the content (scripts/bench-scale.ts).
// Writes bench/results/latest.md and latest.json, and prints the table.
//
// Needs Debian's wrk and nginx-light (`apt-get install wrk nginx-light`) and Chromium for
// Lighthouse (CHROMIUM_PATH, else /usr/bin/chromium).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { BENCH_OWNER, oneClientLatency, signIn } from "./bench-clients";
import { coldStarts } from "./bench-cold-start";
import { benchImportInServer } from "./bench-import";
import { benchInquiries } from "./bench-inquiries";
import { onClientCore, wrk } from "./bench-load";
import { benchPreAuth } from "./bench-pre-auth";
import { checkProxyCache, startProxyCache } from "./bench-proxy-cache";
import { report, type PageResult, type Results } from "./bench-report";
import { benchScale } from "./bench-scale";
import { seedAtScale } from "./bench-seed";
import { ensureBuild, request, startBenchServer, type BenchServer } from "./bench-server";
import { benchVisits } from "./bench-visits";
import { freePort } from "./free-port";

const root = path.resolve(import.meta.dirname, "..");
const POST = "/blog/can-a-victim-drop-the-charges";
/** The pages every run measures; the ones the scaled run measures again (the sitemap: its index and its first file). */
const SCALED_PAGES = ["/", "/blog", POST, "/blog/tag/dui", "/sitemap.xml", "/sitemap/0.xml"];
const PAGES = ["/", "/blog", "/blog/page/50", POST, "/blog/tag/dui", "/sitemap.xml", "/sitemap/0.xml", "/contact"];
const LIGHTHOUSE_PAGES = ["/", POST, "/blog", "/contact"];

for (const tool of ["wrk", "nginx", "taskset"]) {
  if (spawnSync("which", [tool]).status !== 0) throw new Error(`${tool} is missing: apt-get install wrk nginx-light util-linux`);
}

const gzipKb = (bytes: Buffer) => zlib.gzipSync(bytes).length / 1024;

/** The page's HTML and the JavaScript it loads, gzip-compressed, in KB. */
async function weight(base: string, pagePath: string) {
  const html = Buffer.from(await (await request(base + pagePath)).arrayBuffer());
  // Modern browsers skip the noModule polyfills: count what they load.
  const sources = [...html.toString().matchAll(/<script([^>]+)src="([^"]+)"([^>]*)>/g)].filter((m) => !/noModule/i.test(m[1]! + m[3]!)).map((m) => m[2]!);
  let js = 0;
  for (const src of new Set(sources)) js += gzipKb(Buffer.from(await (await request(new URL(src, base))).arrayBuffer()));
  return { html, htmlGzipKb: gzipKb(html), jsGzipKb: js };
}

/** nginx serving `html` with a precompressed copy (gzip_static), one worker, pinned to core 0. */
async function startNginx(html: Buffer): Promise<{ base: string; stop: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "firm-site-nginx-"));
  // Started as root, nginx's worker runs as `nobody`, which cannot enter mkdtemp's 0700
  // folder: every answer was a 403 (fast, and no ceiling at all). The page is public.
  fs.chmodSync(dir, 0o755);
  fs.mkdirSync(path.join(dir, "www"));
  fs.writeFileSync(path.join(dir, "www", "post.html"), html);
  fs.writeFileSync(path.join(dir, "www", "post.html.gz"), zlib.gzipSync(html, { level: 9 }));
  const port = await freePort();
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    `worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 1024; }
http { access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000; types { text/html html; }
  server { listen 127.0.0.1:${port}; root ${dir}/www; gzip_static on; location / { } } }`,
  );
  const nginx: ChildProcess = spawn("taskset", ["-c", "0", "nginx", "-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    nginx.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  };
  // The ceiling must be the page itself: anything else from nginx stops the run.
  for (let i = 0; i < 100; i++) {
    const response = await request(`${base}/post.html`).catch(() => undefined);
    if (!response) {
      await new Promise((r) => setTimeout(r, 50));
      continue;
    }
    const bytes = (await response.arrayBuffer()).byteLength;
    if (response.ok && bytes === html.length) return { base, stop };
    nginx.kill("SIGTERM");
    throw new Error(`nginx answered ${response.status} with ${bytes} bytes (${dir}/error.log)`);
  }
  stop();
  throw new Error("nginx did not start");
}

/** Lighthouse's mobile performance score (0–100) for each page: the median of three runs (one run varies by a point or two). */
async function lighthouseScores(base: string): Promise<Record<string, number>> {
  const { default: lighthouse } = await import("lighthouse");
  const { launch } = await import("chrome-launcher");
  const chromePath = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const chrome = await launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
  const scores: Record<string, number> = {};
  try {
    for (const pagePath of LIGHTHOUSE_PAGES) {
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const result = await lighthouse(base + pagePath, { port: chrome.port, onlyCategories: ["performance"], output: "json", logLevel: "error" });
        runs.push(Math.round((result?.lhr.categories.performance?.score ?? 0) * 100));
      }
      scores[pagePath] = runs.sort((a, b) => a - b)[1]!;
    }
  } finally {
    chrome.kill();
  }
  return scores;
}

/** `--scale N` from the command line (npm run bench -- --scale 10), or undefined. */
function scaleFactor(): number | undefined {
  const at = process.argv.indexOf("--scale");
  if (at < 0) return undefined;
  const factor = Number(process.argv[at + 1]);
  if (!Number.isInteger(factor) || factor < 2 || factor > 50) throw new Error("--scale takes a whole number from 2 to 50");
  return factor;
}

async function main() {
  const factor = scaleFactor();
  ensureBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "firm-site-bench-"));
  const dbFile = path.join(dir, "site.db");
  console.log("seeding 1,000 posts and 10,000 inquiries…");
  seedAtScale(dbFile);

  let server: BenchServer | undefined;
  try {
    server = await startBenchServer(dbFile, POST, {
      INQUIRY_RATE_LIMIT: "off",
      NOTIFY_EMAIL: "bench@firm.test",
      SMTP_URL: "",
      ADMIN_EMAIL: BENCH_OWNER.email,
      ADMIN_PASSWORD: BENCH_OWNER.password,
    });
    const { base } = server;
    console.log(`measuring ${PAGES.length} pages (40 s each)…`);

    const pages: PageResult[] = [];
    let postHtml = Buffer.alloc(0);
    for (const pagePath of PAGES) {
      const { html, htmlGzipKb, jsGzipKb } = await weight(base, pagePath);
      if (pagePath === POST) postHtml = html;
      pages.push({ path: pagePath, plain: wrk(base + pagePath), gzip: wrk(base + pagePath, { gzip: true }), htmlGzipKb, jsGzipKb });
      console.log(`  ${pagePath}`);
    }
    const peakRssMb = server.peakRssMb();

    const cookie = await signIn(base);
    console.log("the post through nginx's cache…");
    const proxyCache = await startProxyCache(base);
    const proxyLoad = wrk(`${proxyCache.base}${POST}`, { gzip: true });
    const proxyChecks = await checkProxyCache(proxyCache.base, base, cookie, POST, dbFile);
    proxyCache.stop();

    const oneClient = await onClientCore(async () => [
      // Search renders per request: FTS5 over 1,000 posts, two words, ranked, with snippets.
      await oneClientLatency(base, "/search?q=bond%20hearing"),
      await oneClientLatency(base, "/admin/posts", cookie),
      await oneClientLatency(base, "/admin/inquiries", cookie),
    ]);
    console.log("sending 500 inquiries…");
    const inquiries = await onClientCore(() => benchInquiries(base, dbFile));
    console.log("96 senders of 2 MB bodies with no session…");
    const preAuth = await onClientCore(() => benchPreAuth(base));
    console.log("Lighthouse (mobile)…");
    const lighthouse = await lighthouseScores(base);
    server.stop();
    server = undefined;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    console.log("cold starts from npm start…");
    const coldStartsMs = await coldStarts(dbFile, POST);

    console.log("visit counting…");
    const visits = await benchVisits();
    console.log("importing a 1,000-post WordPress export in the server, a post page loaded meanwhile…");
    const imports = await benchImportInServer({ posts: 1000, paragraphs: 24 });

    const nginx = await startNginx(postHtml);
    const ceiling = { plain: wrk(`${nginx.base}/post.html`), gzip: wrk(`${nginx.base}/post.html`, { gzip: true }) };
    nginx.stop();
    if (ceiling.plain.errors + ceiling.gzip.errors > 0) throw new Error("nginx answered errors: the ceiling is not a measure");

    let scale;
    if (factor) {
      console.log(`${factor}× the content…`);
      scale = await benchScale(factor, SCALED_PAGES, POST);
    }

    const results: Results = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}`,
      node: process.version,
      coldStartsMs,
      peakRssMb,
      ceiling,
      pages,
      oneClient,
      inquiries,
      preAuth,
      proxy: { load: proxyLoad, ...proxyChecks },
      lighthouse,
      visits,
      imports,
      scale,
    };
    const out = path.join(root, "bench", "results");
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, "latest.json"), JSON.stringify(results, null, 2) + "\n");
    const table = report(results);
    fs.writeFileSync(path.join(out, "latest.md"), table);
    console.log(`\n${table}`);
    if (!inquiries.ok) process.exitCode = 1;
  } finally {
    server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
