// `npm run bench:inquiries`: the production build on a temporary database, 500 intake
// forms sent by 50 concurrent clients (the way a browser without JavaScript posts them),
// then a count in the database: every one stored, none twice, every one acknowledged.
// The per-address limit is lifted with INQUIRY_RATE_LIMIT=off (all requests come from
// loopback). Figures, not pass/fail, except the count, which must hold.
import Database from "better-sqlite3";
import { MIN_FILL_MS } from "../lib/inquiry-form";
import { startBenchServer } from "./bench-server";

const total = Number(process.env.BENCH_INQUIRIES ?? 500);
const concurrency = Number(process.env.BENCH_CONNECTIONS ?? 50);

const entities: Record<string, string> = { "&quot;": '"', "&amp;": "&", "&#x27;": "'", "&#39;": "'", "&lt;": "<", "&gt;": ">" };
const decode = (text: string) => text.replace(/&(quot|amp|#x27|#39|lt|gt);/g, (m) => entities[m] ?? m);

/** The hidden inputs of the rendered contact form: React's action fields and our token. */
async function renderedForm(base: string): Promise<[string, string][]> {
  const html = await (await fetch(`${base}/contact`)).text();
  const fields: [string, string][] = [];
  for (const [tag] of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    const value = /value="([^"]*)"/.exec(tag)?.[1] ?? "";
    if (name) fields.push([decode(name), decode(value)]);
  }
  if (!fields.some(([name]) => name === "token")) throw new Error("no form token on /contact");
  return fields;
}

async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main() {
  const { base, dbFile, stop } = await startBenchServer({
    INQUIRY_RATE_LIMIT: "off",
    NOTIFY_EMAIL: "bench@firm.test",
    SMTP_URL: "",
  });
  try {
    // Render every form first (each one is a person's page load), then wait out the minimum fill time.
    const forms: [string, string][][] = [];
    await pool(
      Array.from({ length: total }, (_, i) => i),
      concurrency,
      async (i) => {
        forms[i] = await renderedForm(base);
      },
    );
    await new Promise((r) => setTimeout(r, MIN_FILL_MS + 200));

    const latencies: number[] = [];
    const references: string[] = [];
    const failures: string[] = [];
    const started = performance.now();
    await pool(
      Array.from({ length: total }, (_, i) => i),
      concurrency,
      async (i) => {
        const body = new FormData();
        for (const [name, value] of forms[i]!) body.append(name, value);
        for (const [name, value] of Object.entries({
          name: `Bench Client ${i}`,
          email: `bench${i}@example.com`,
          contactMethod: "any",
          contactTime: "any",
          aboutWhom: "family",
          matterType: "dui",
          county: "Jefferson",
          custodyStatus: i % 5 === 0 ? "in_custody" : "not_arrested",
          message: "Load test inquiry: a few sentences about what happened.",
          consent: "yes",
        }))
          body.append(name, value);
        const t0 = performance.now();
        const response = await fetch(`${base}/contact`, { method: "POST", body, redirect: "manual" });
        latencies.push(performance.now() - t0);
        const location = response.headers.get("location") ?? "";
        const reference = /[?&]ref=([A-Z0-9-]+)/.exec(location)?.[1];
        if (response.status === 303 && reference) references.push(reference);
        else failures.push(`#${i}: ${response.status} ${location || (await response.text()).slice(0, 120)}`);
      },
    );
    const seconds = (performance.now() - started) / 1000;

    const sqlite = new Database(dbFile, { readonly: true });
    const stored = sqlite.prepare("select count(*) as n, count(distinct name) as names, count(distinct submission_key) as keys from inquiries").get() as {
      n: number;
      names: number;
      keys: number;
    };
    const storedRefs = new Set((sqlite.prepare("select reference from inquiries").all() as { reference: string }[]).map((r) => r.reference));
    const outboxRows = (sqlite.prepare("select count(*) as n from outbox").get() as { n: number }).n;
    sqlite.close();

    latencies.sort((a, b) => a - b);
    console.log(`${total} inquiries from ${concurrency} concurrent clients in ${seconds.toFixed(2)} s: ${(total / seconds).toFixed(1)} inquiries/s`);
    console.log(`latency p50 ${percentile(latencies, 50).toFixed(0)} ms  p99 ${percentile(latencies, 99).toFixed(0)} ms  max ${latencies.at(-1)!.toFixed(0)} ms`);
    console.log(`acknowledged ${references.length}/${total}; stored ${stored.n} (distinct names ${stored.names}, submission keys ${stored.keys}); notifications queued ${outboxRows}`);
    const acknowledgedStored = references.every((r) => storedRefs.has(r)) && new Set(references).size === references.length;
    for (const failure of failures.slice(0, 10)) console.log(`  failed ${failure}`);
    const ok = failures.length === 0 && references.length === total && stored.n === total && stored.names === total && acknowledgedStored && outboxRows === total;
    console.log(ok ? "OK: all stored, none twice, every one acknowledged" : "FAILED: see the counts above");
    if (!ok) process.exitCode = 1;
  } finally {
    stop();
  }
}

await main();
