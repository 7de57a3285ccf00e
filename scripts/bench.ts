// `npm run bench`: the production build on a temporary seeded database, measured
// from loopback: throughput and latency of the public pages, and the client
// JavaScript a post page ships. Figures, not pass/fail: see the issue notes.
import zlib from "node:zlib";
import autocannon from "autocannon";
import { startBenchServer } from "./bench-server";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);

async function clientJs(base: string, pagePath: string) {
  const html = await (await fetch(base + pagePath)).text();
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gzip += zlib.gzipSync(body).length;
  }
  return { files: sources.length, kib: (raw / 1024).toFixed(1), gzipKib: (gzip / 1024).toFixed(1) };
}

async function main() {
  const { base, stop } = await startBenchServer();
  try {
    const post = "/blog/can-a-victim-drop-the-charges";
    console.log(`client JS on ${post}:`, await clientJs(base, post));
    for (const pagePath of ["/", "/blog", "/blog?page=2", post]) {
      const result = await autocannon({ url: base + pagePath, connections, duration: seconds });
      const errors = result.errors + result.non2xx;
      console.log(
        `${pagePath.padEnd(40)} ${result.requests.average.toFixed(0).padStart(6)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  errors ${errors}`,
      );
    }
  } finally {
    stop();
  }
}

await main();
