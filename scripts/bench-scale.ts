// `npm run bench -- --scale N`: after the usual run, the same site with N times the content
// (N × 1,000 posts, N × 10,000 inquiries), where a firm that imports years of posts and keeps
// inquiries for the retention period lands. The cached pages' throughput against the usual
// run's, search and the admin's lists for one client, memory, and whether the pages
// everyone reads stay in Next's page cache while a crawler reads thousands of others.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { BENCH_OWNER, oneClientLatency, signIn } from "./bench-clients";
import { onClientCore, wrk, type Load } from "./bench-load";
import { seedAtScale } from "./bench-seed";
import { request, startBenchServer } from "./bench-server";

const root = path.resolve(import.meta.dirname, "..");

export type ScaleBench = {
  factor: number;
  posts: number;
  inquiries: number;
  seedSeconds: number;
  firstStartMs: number;
  peakRssMb: number;
  /** The peak once the server answered its first request, before the load. */
  peakRssAtStartMb: number;
  pages: { path: string; gzip: Load; baseRps?: number }[];
  search: { path: string; p50: number; p99: number }[];
  admin: { path: string; p50: number; p99: number }[];
  /** `pages`: the posts, each a page of its own. */
  cache: { crawled: number; hotChecks: number; hotMisses: number; maxMemoryMb: number; pages: number };
};

/** Next's in-memory page cache, as the build has it (50 MB unless next.config.ts says otherwise). */
function cacheMaxMemoryMb(): number {
  const config = JSON.parse(fs.readFileSync(path.join(root, ".next", "required-server-files.json"), "utf8")) as { config: { cacheMaxMemorySize?: number } };
  return (config.config.cacheMaxMemorySize ?? 50 * 1024 * 1024) / 1024 / 1024;
}

/**
 * The hot pages (`hot`) loaded by a steady reader while a crawler reads `crawl` other posts
 * one after another: how many of the reader's loads Next had to render again (a MISS).
 */
async function hotPagesStay(base: string, hot: string[], crawl: string[]): Promise<{ checks: number; misses: number }> {
  let crawling = true;
  let checks = 0;
  let misses = 0;
  const reader = (async () => {
    for (let i = 0; crawling; i++) {
      const response = await request(base + hot[i % hot.length]!);
      await response.arrayBuffer();
      checks++;
      if (response.headers.get("x-nextjs-cache") === "MISS") misses++;
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  for (const pagePath of crawl) await (await request(base + pagePath)).arrayBuffer();
  crawling = false;
  await reader;
  return { checks, misses };
}

export async function benchScale(factor: number, pagePaths: string[], postPath: string): Promise<ScaleBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "firm-site-bench-scale-"));
  const dbFile = path.join(dir, "site.db");
  const counts = { posts: 1000 * factor, inquiries: 10_000 * factor };
  const seeded = performance.now();
  seedAtScale(dbFile, counts);
  const seedSeconds = (performance.now() - seeded) / 1000;
  const server = await startBenchServer(dbFile, postPath, { INQUIRY_RATE_LIMIT: "off", SMTP_URL: "", ADMIN_EMAIL: BENCH_OWNER.email, ADMIN_PASSWORD: BENCH_OWNER.password });
  const peakRssAtStartMb = server.peakRssMb();
  try {
    const pages = pagePaths.map((pagePath) => ({ path: pagePath, gzip: wrk(server.base + pagePath, { gzip: true }) }));
    const cookie = await signIn(server.base);
    const search = await onClientCore(async () => [await oneClientLatency(server.base, "/search?q=bond%20hearing"), await oneClientLatency(server.base, "/search?q=probation")]);
    const admin = await onClientCore(async () => {
      const lists = [];
      for (const pagePath of ["/admin/posts", "/admin/posts?page=400", "/admin/inquiries", "/admin/inquiries?status=new", "/admin/inquiries?name=person%2012", "/admin/inquiries?page=900"]) {
        lists.push(await oneClientLatency(server.base, pagePath, cookie, 100));
      }
      return lists;
    });
    const crawl = Array.from({ length: 2000 }, (_, i) => `/blog/archive-answer-${counts.posts - i}`);
    const stay = await hotPagesStay(server.base, pagePaths, crawl);
    return {
      factor,
      ...counts,
      seedSeconds,
      firstStartMs: server.coldStartMs,
      peakRssMb: server.peakRssMb(),
      peakRssAtStartMb,
      pages,
      search,
      admin,
      cache: { crawled: crawl.length, hotChecks: stay.checks, hotMisses: stay.misses, maxMemoryMb: cacheMaxMemoryMb(), pages: counts.posts },
    };
  } finally {
    server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
