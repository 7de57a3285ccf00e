// Visit counting's figures (lib/visits/), run by `npm run bench` and on its own with
// `npx tsx --conditions=react-server scripts/bench-visits.ts`:
// - the post page's throughput with counting on and off, in the same run (target: within 5%);
// - the beacon endpoint's requests a second, server on one core, wrk on the other (2,000/s);
// - the 12-month report's p99 with 1,000 visits a day (150 ms), in process.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeDatabase, db, openDatabase, setDatabase } from "@/db/client";
import { pageViews, settings } from "@/db/schema";
import { prunePageViews, rollUpVisitDays } from "@/db/visits";
import { calendarDateIn } from "@/lib/dates/format";
import { addDays } from "@/lib/visits/insights-range";
import { buildInsightsReport } from "@/lib/visits/insights-report";
import { percentile } from "./bench-inquiries";
import { seedAtScale } from "./bench-seed";
import { ensureBuild, startBenchServer } from "./bench-server";
import { wrk } from "./bench-load";

const POST = "/blog/can-a-victim-drop-the-charges";
const DAY = 86_400_000;
const SOURCES = ["Google search", "Direct", "Bing search", "Facebook", "avvo.com", "Internal", "Internal", "Internal"];
const DEVICES = ["phone", "phone", "phone", "desktop", "tablet"];

export type VisitBench = { postOn: number; postOff: number; postChangePct: number; beaconRps: number; beaconErrors: number; reportP50: number; reportP99: number };

/** 365 days of 1,000 views a day over 60 posts (rolled up, the last 30 days kept raw), and one inquiry a day from a post. */
function fillVisits(file: string): void {
  setDatabase(openDatabase(file));
  const now = new Date();
  const today = calendarDateIn(now, "America/Chicago");
  const postIds = db().$client.prepare("select id, slug from posts where kind = 'post' order by id limit 60").all() as { id: number; slug: string }[];
  const insertInquiryPost = db().$client.prepare("update inquiries set visit_post_id = ?, visit_source = 'Google search', created_at = ? where id = ?");
  db().transaction((tx) => {
    for (let d = 365; d >= 0; d--) {
      const day = addDays(today, -d);
      const createdAt = new Date(now.getTime() - d * DAY);
      const rows = Array.from({ length: 1000 }, (_, i) => {
        const post = postIds[(i * 7 + d) % postIds.length]!;
        return { day, path: `/blog/${post.slug}`, postId: post.id, source: SOURCES[i % SOURCES.length]!, campaign: null, device: DEVICES[i % DEVICES.length]!, visitorKey: `k${d}-${i % 700}`, createdAt };
      });
      for (let at = 0; at < rows.length; at += 500) tx.insert(pageViews).values(rows.slice(at, at + 500)).run();
      insertInquiryPost.run(postIds[d % postIds.length]!.id, createdAt.getTime(), d + 1);
    }
  });
  rollUpVisitDays(today);
  prunePageViews(new Date(now.getTime() - 30 * DAY));
  db().$client.pragma("optimize");
}

function reportLatency(): { p50: number; p99: number } {
  const times: number[] = [];
  for (let i = 0; i < 210; i++) {
    const t0 = performance.now();
    buildInsightsReport("12m", "America/Chicago");
    if (i >= 10) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

function setCounting(on: boolean): void {
  db().insert(settings).values({ key: "visitCounting", value: on, updatedAt: new Date() }).onConflictDoUpdate({ target: settings.key, set: { value: on, updatedAt: new Date() } }).run();
}

export async function benchVisits(): Promise<VisitBench> {
  ensureBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "firm-site-bench-visits-"));
  const file = path.join(dir, "site.db");
  try {
    seedAtScale(file, { posts: 60, inquiries: 400 });
    console.log("filling 12 months of 1,000 visits a day…");
    fillVisits(file);
    const report = reportLatency();
    console.log(`12-month report: p50 ${report.p50.toFixed(1)} ms, p99 ${report.p99.toFixed(1)} ms`);
    closeDatabase();

    const lua = path.join(dir, "beacon.lua");
    const measure = async (on: boolean) => {
      setDatabase(openDatabase(file));
      setCounting(on);
      closeDatabase();
      const server = await startBenchServer(file, POST, { TRUST_PROXY: "1", SMTP_URL: "" });
      try {
        const post = wrk(server.base + POST, { gzip: true });
        let beacon = { rps: NaN, errors: 0 };
        if (on) {
          // Each request from its own address, so the per-address limit does not turn the run into refusals.
          fs.writeFileSync(
            lua,
            `wrk.method = "POST"
wrk.body = '{"p":"${POST}","r":"https://www.google.com/"}'
wrk.headers["Content-Type"] = "text/plain;charset=UTF-8"
wrk.headers["Origin"] = "${server.base}"
wrk.headers["User-Agent"] = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36"
local n = 0
request = function()
  n = n + 1
  wrk.headers["X-Forwarded-For"] = "10." .. (n % 250) .. "." .. (math.floor(n / 250) % 250) .. "." .. (math.floor(n / 62500) % 250 + 1)
  return wrk.format()
end
`,
          );
          beacon = wrk(`${server.base}/api/visit`, { gzip: true, args: ["-s", lua] });
        }
        return { post, beacon };
      } finally {
        server.stop();
        await new Promise((resolve) => setTimeout(resolve, 1500));
      }
    };
    console.log("post page and beacon with counting on…");
    const on = await measure(true);
    console.log("post page with counting off…");
    const off = await measure(false);
    return {
      postOn: on.post.rps,
      postOff: off.post.rps,
      postChangePct: (100 * (on.post.rps - off.post.rps)) / off.post.rps,
      beaconRps: on.beacon.rps,
      beaconErrors: on.beacon.errors,
      reportP50: report.p50,
      reportP99: report.p99,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchVisits();
  console.log(JSON.stringify(result, null, 2));
}
