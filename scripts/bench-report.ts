// `npm run bench`'s results as Markdown: the pages against nginx's ceiling, the other
// figures, and each target of bench/README.md beside what the run measured.
import type { ServerImportBench } from "./bench-import";
import type { InquiryBench } from "./bench-inquiries";
import type { Load } from "./bench-load";
import type { PreAuthBench } from "./bench-pre-auth";
import type { ProxyCacheBench } from "./bench-proxy-cache";
import type { ScaleBench } from "./bench-scale";
import type { VisitBench } from "./bench-visits";

export type PageResult = { path: string; plain: Load; gzip: Load; htmlGzipKb: number; jsGzipKb: number };
export type OneClient = { path: string; p50: number; p99: number };

export type Results = {
  date: string;
  machine: string;
  node: string;
  /** From `npm start` to the first 200 on a post, on a built and migrated site: each run, in ms. */
  coldStartsMs: number[];
  peakRssMb: number;
  ceiling: { plain: Load; gzip: Load };
  pages: PageResult[];
  oneClient: OneClient[];
  inquiries: InquiryBench;
  preAuth: PreAuthBench;
  /** The post page with gzip through nginx's cache (deploy/nginx), and what the cache did. */
  proxy: { load: Load } & ProxyCacheBench;
  lighthouse: Record<string, number>;
  visits: VisitBench;
  imports: ServerImportBench;
  scale?: ScaleBench;
};

export const fixed = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const POST_PREFIX = "/blog/";

/** Each target from bench/README.md beside what this run measured. */
function targets(r: Results): string[] {
  // Issue 8's target: the pages most visitors land on.
  const cached = r.pages.filter((p) => p.path === "/" || p.path === "/blog" || (p.path.startsWith(POST_PREFIX) && !p.path.startsWith("/blog/page/") && !p.path.startsWith("/blog/tag/")));
  const post = r.pages.find((p) => p.path.startsWith(POST_PREFIX) && p.path !== "/blog/page/50")!;
  const contact = r.pages.find((p) => p.path === "/contact")!;
  const share = (p: PageResult) => (100 * p.gzip.rps) / r.ceiling.gzip.rps;
  const contactShare = (100 * contact.gzip.rps) / post.gzip.rps;
  const proxyShare = (100 * r.proxy.load.rps) / r.ceiling.gzip.rps;
  const scores = Object.values(r.lighthouse);
  const coldStart = median(r.coldStartsMs);
  const kept = Object.entries(r.proxy.neverKept).filter(([, status]) => status === "HIT");
  const rows: [string, boolean, string][] = [
    ["a post, / and /blog at 1.5% of nginx with gzip", cached.every((p) => share(p) >= 1.5), cached.map((p) => `${p.path} ${fixed(share(p), 2)}%`).join(", ")],
    ["…and their p99 under 200 ms", cached.every((p) => p.gzip.p99 < 200), cached.map((p) => `${p.path} ${fixed(p.gzip.p99)} ms`).join(", ")],
    ["/contact with gzip at 80% of the post page's requests/s or more", contactShare >= 80, `${fixed(contact.gzip.rps)} vs ${fixed(post.gzip.rps)} req/s (${fixed(contactShare)}%)`],
    ["/contact p99 under 200 ms at 50 connections", contact.gzip.p99 < 200 && contact.plain.p99 < 200, `${fixed(contact.gzip.p99)} ms with gzip, ${fixed(contact.plain.p99)} ms without`],
    ["search and the admin lists p99 under 150 ms for one client", r.oneClient.every((a) => a.p99 < 150), r.oneClient.map((a) => `${a.path} ${fixed(a.p99)} ms`).join(", ")],
    ["inquiries p99 under 250 ms at 50 clients, none lost", r.inquiries.ok && r.inquiries.p99 < 250, `p99 ${fixed(r.inquiries.p99)} ms, ${r.inquiries.ok ? "none lost" : "some lost"}`],
    ["GET / p99 under 1 s while 96 senders post 2 MB with no session", r.preAuth.homeP99 < 1000, `p99 ${fixed(r.preAuth.homeP99)} ms, ${r.preAuth.refused} of ${r.preAuth.posts} posts refused`],
    ["the post page through nginx's cache (deploy/nginx) at 50% of nginx's static ceiling", proxyShare >= 50 && r.proxy.postStatus === "HIT", `${fixed(r.proxy.load.rps)} req/s, ${fixed(proxyShare)}% (p99 ${fixed(r.proxy.load.p99, 1)} ms; ${r.proxy.postStatus})`],
    ["a post published in the admin shows on /blog through the cache within its s-maxage (60 s) and the request that fetches it again", r.proxy.publishSeenSeconds <= 62, `${fixed(r.proxy.publishSeenSeconds, 1)} s`],
    ["the cache keeps no admin, sign-in or contact page, nothing with a cookie", kept.length === 0, Object.entries(r.proxy.neverKept).map(([page, status]) => `${page}: ${status}`).join(", ")],
    ["peak memory under 300 MB under load", r.peakRssMb < 300, `${fixed(r.peakRssMb)} MB`],
    ["cold start from `npm start` under 1.5 s (built, migrated)", coldStart < 1500, `median ${fixed(coldStart)} ms of ${r.coldStartsMs.map((ms) => fixed(ms)).join(", ")}`],
    ["post page with visit counting on within 5% of off", Math.abs(r.visits.postChangePct) <= 5, `${fixed(r.visits.postOn)} vs ${fixed(r.visits.postOff)} req/s (${fixed(r.visits.postChangePct, 1)}%)`],
    ["visit beacon at least 2,000 req/s on one core", r.visits.beaconRps >= 2000 && r.visits.beaconErrors === 0, `${fixed(r.visits.beaconRps)} req/s, ${r.visits.beaconErrors} errors`],
    ["12-month report (1,000 visits a day) p99 under 150 ms", r.visits.reportP99 < 150, `p50 ${fixed(r.visits.reportP50, 1)} ms, p99 ${fixed(r.visits.reportP99, 1)} ms`],
    ["a 1,000-post WordPress export (2,000 images) imports in under 2 minutes", r.imports.failed === 0 && r.imports.planSeconds + r.imports.importSeconds < 120, `${fixed(r.imports.planSeconds + r.imports.importSeconds, 1)} s for ${r.imports.posts} posts (${fixed(r.imports.megabytes, 1)} MB), ${r.imports.failed} failed, peak RSS ${fixed(r.imports.peakRssMb)} MB`],
    ["a post page's p99 while the import runs at most twice its idle p99", r.imports.during.p99 <= 2 * r.imports.idle.p99 && r.imports.loadWithinImport, `${fixed(r.imports.during.p99)} ms during vs ${fixed(r.imports.idle.p99)} ms idle (${fixed(r.imports.during.p99 / r.imports.idle.p99, 2)}×; ${r.imports.doneDuringLoad} posts imported meanwhile)`],
    ["Lighthouse (mobile) 100 on /, a post, /blog, /contact", scores.length > 0 && scores.every((score) => score === 100), scores.join(", ")],
  ];
  if (r.scale) {
    const s = r.scale;
    const ratios = s.pages.map((page) => {
      const base = r.pages.find((p) => p.path === page.path) ?? r.pages.find((p) => p.path === POST_PREFIX + "can-a-victim-drop-the-charges")!;
      return { path: page.path, ratio: (100 * page.gzip.rps) / (page.baseRps ?? base.gzip.rps) };
    });
    rows.push(
      [`${s.factor}× the content: post, home, /blog, a tag page and the sitemap within 20% of the 1,000-post run`, ratios.every((x) => x.ratio >= 80), ratios.map((x) => `${x.path} ${fixed(x.ratio)}%`).join(", ")],
      [`${s.factor}× the content: search p99 under 50 ms for one client`, s.search.every((a) => a.p99 < 50), s.search.map((a) => `${a.path} ${fixed(a.p99, 1)} ms`).join(", ")],
      [`${s.factor}× the content: admin lists and the inbox's filters p99 under 150 ms`, s.admin.every((a) => a.p99 < 150), s.admin.map((a) => `${a.path} ${fixed(a.p99)} ms`).join(", ")],
      [`${s.factor}× the content: the hot pages stay in Next's cache while ${s.cache.crawled} other posts are read`, s.cache.hotMisses === 0, `${s.cache.hotMisses} misses of ${s.cache.hotChecks} hot loads; cache ${s.cache.maxMemoryMb} MB for ${s.cache.pages} posts`],
      [`${s.factor}× the content: peak memory under 300 MB`, s.peakRssMb < 300, `${fixed(s.peakRssMb)} MB`],
    );
  }
  return ["", "| target | met | this run |", "|---|---|---|", ...rows.map(([target, met, measured]) => `| ${target} | ${met ? "yes" : "**no**"} | ${measured} |`)];
}

/** The table, as Markdown. */
export function report(r: Results): string {
  const ratio = (load: Load, ceiling: Load) => `${fixed((100 * load.rps) / ceiling.rps, 2)}%`;
  const row = (p: PageResult) =>
    `| ${p.path} | ${fixed(p.plain.rps)} | ${fixed(p.plain.p50, 1)} | ${fixed(p.plain.p99, 1)} | ${ratio(p.plain, r.ceiling.plain)} | ${fixed(p.gzip.rps)} | ${fixed(p.gzip.p50, 1)} | ${fixed(p.gzip.p99, 1)} | ${ratio(p.gzip, r.ceiling.gzip)} | ${fixed(p.htmlGzipKb, 1)} | ${fixed(p.jsGzipKb, 1)} |` +
    (p.plain.errors + p.gzip.errors ? ` ${p.plain.errors + p.gzip.errors} errors` : "");
  const lines = [
    `# npm run bench — ${r.date}`,
    "",
    `${r.machine}; Node ${r.node}. Server pinned to core 0, wrk (50 connections, 5 s warm-up, 15 s) to core 1.`,
    "",
    "| page | req/s | p50 ms | p99 ms | of nginx | req/s gzip | p50 ms | p99 ms | of nginx | HTML gzip KB | JS gzip KB |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...r.pages.map(row),
    `| nginx, the post's HTML | ${fixed(r.ceiling.plain.rps)} | ${fixed(r.ceiling.plain.p50, 1)} | ${fixed(r.ceiling.plain.p99, 1)} | 100% | ${fixed(r.ceiling.gzip.rps)} | ${fixed(r.ceiling.gzip.p50, 1)} | ${fixed(r.ceiling.gzip.p99, 1)} | 100% | | |`,
    `| the post through nginx's cache | | | | | ${fixed(r.proxy.load.rps)} | ${fixed(r.proxy.load.p50, 1)} | ${fixed(r.proxy.load.p99, 1)} | ${ratio(r.proxy.load, r.ceiling.gzip)} | | |`,
    "",
    `- Peak RSS under load: ${fixed(r.peakRssMb)} MB. Cold start from \`npm start\` to the first 200 on a post: ${r.coldStartsMs.map((ms) => `${fixed(ms)} ms`).join(", ")}.`,
    ...r.oneClient.map((a) => `- ${a.path}, one client${a.path.startsWith("/admin") ? " signed in" : ""}, 1,000 posts / 10,000 inquiries: p50 ${fixed(a.p50, 1)} ms, p99 ${fixed(a.p99, 1)} ms.`),
    `- Inquiries: ${r.inquiries.total} from ${r.inquiries.concurrency} concurrent clients, ${fixed(r.inquiries.perSecond, 1)}/s, p50 ${fixed(r.inquiries.p50)} ms, p99 ${fixed(r.inquiries.p99)} ms, max ${fixed(r.inquiries.max)} ms; stored ${r.inquiries.stored}: ${r.inquiries.ok ? "all, none twice, each acknowledged" : `FAILED ${r.inquiries.failures.join("; ")}`}.`,
    `- ${r.preAuth.senders} senders posting 2 MB to /admin/login with no session for 10 s: ${r.preAuth.posts} posts, ${r.preAuth.refused} refused with 413; meanwhile GET / (${r.preAuth.homeLoads} loads) p50 ${fixed(r.preAuth.homeP50)} ms, p99 ${fixed(r.preAuth.homeP99)} ms.`,
    `- Lighthouse (mobile) performance: ${Object.entries(r.lighthouse).map(([page, score]) => `${page} ${score}`).join(", ")}.`,
  ];
  if (r.scale) {
    const s = r.scale;
    lines.push(
      "",
      `## ${s.factor}× the content: ${s.posts.toLocaleString("en-US")} posts, ${s.inquiries.toLocaleString("en-US")} inquiries (seeded in ${fixed(s.seedSeconds)} s, first start ${fixed(s.firstStartMs)} ms)`,
      "",
      "| page | req/s gzip | p50 ms | p99 ms | of the 1,000-post run |",
      "|---|---:|---:|---:|---:|",
      ...s.pages.map((p) => {
        const base = p.baseRps ?? r.pages.find((q) => q.path === p.path)?.gzip.rps ?? NaN;
        return `| ${p.path} | ${fixed(p.gzip.rps)} | ${fixed(p.gzip.p50, 1)} | ${fixed(p.gzip.p99, 1)} | ${fixed((100 * p.gzip.rps) / base)}% |`;
      }),
      "",
      ...[...s.search, ...s.admin].map((a) => `- ${a.path}, one client: p50 ${fixed(a.p50, 1)} ms, p99 ${fixed(a.p99, 1)} ms.`),
      `- Peak RSS: ${fixed(s.peakRssMb)} MB (${fixed(s.peakRssAtStartMb)} MB once started, before any load: the first start scores every post's writing). Next's page cache: ${s.cache.maxMemoryMb} MB for ${s.cache.pages} posts; ${s.cache.hotMisses} misses of ${s.cache.hotChecks} loads of the hot pages while ${s.cache.crawled} other posts were read.`,
    );
  }
  lines.push(...targets(r));
  return lines.join("\n") + "\n";
}
