// Part of `npm run bench`: 500 intake forms sent by 50 concurrent clients (the way a
// browser without JavaScript posts them), then a count in the database: every one stored,
// none twice, every one acknowledged. The server runs with INQUIRY_RATE_LIMIT=off (all
// requests come from loopback). The counts must hold; the times are figures.
import Database from "better-sqlite3";
import { MIN_FILL_MS } from "@/lib/inquiries/inquiry-form";
import { request } from "./bench-server";
import { answers, formBody, renderForm, type RenderedForm } from "./inquiry-client";

async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/** The value below which `p` percent of `sorted` (ascending) lie. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export type InquiryBench = { total: number; concurrency: number; perSecond: number; p50: number; p99: number; max: number; stored: number; ok: boolean; failures: string[] };


/** Renders `count` forms (each a person's page load), waits out the minimum fill time, sends them; latency of each send. */
async function sendForms(base: string, count: number, concurrency: number, name: (i: number) => string) {
  const forms: RenderedForm[] = [];
  await pool(
    Array.from({ length: count }, (_, i) => i),
    concurrency,
    async (i) => {
      // Once more when a reused connection had been closed meanwhile (bench-server.ts, request()).
      forms[i] = await renderForm(base).catch(() => renderForm(base));
    },
  );
  await new Promise((r) => setTimeout(r, MIN_FILL_MS + 200));

  // Every body encoded before the clock starts: what is timed is the server's answer.
  const bodies = await Promise.all(
    forms.map(async (form, i) => {
      const values = { ...answers(name(i)), email: `bench${i}@example.com`, personCharged: "Sam Bench", custodyStatus: i % 5 === 0 ? "in_custody" : "not_arrested", message: "Load test inquiry: a few sentences about what happened." };
      const encoded = new Response(formBody(form, values));
      return { type: encoded.headers.get("content-type")!, bytes: Buffer.from(await encoded.arrayBuffer()), action: form.action, cookie: form.cookie };
    }),
  );

  const latencies: number[] = [];
  const references: string[] = [];
  const failures: string[] = [];
  const started = performance.now();
  await pool(
    Array.from({ length: count }, (_, i) => i),
    concurrency,
    async (i) => {
      const t0 = performance.now();
      const { bytes, type, action, cookie } = bodies[i]!;
      const response = await request(`${base}${action}`, { method: "POST", body: bytes, headers: { "content-type": type, origin: base, cookie }, redirect: "manual" });
      latencies.push(performance.now() - t0);
      const location = response.headers.get("location") ?? "";
      const reference = /[?&]ref=([A-Z0-9-]+)/.exec(location)?.[1];
      if (response.status === 303 && reference) references.push(reference);
      else failures.push(`#${i}: ${response.status} ${location || (await response.text()).slice(0, 120)}`);
      await response.body?.cancel();
    },
  );
  return { latencies, references, failures, seconds: (performance.now() - started) / 1000 };
}

/**
 * Sends `total` inquiries through the real form from `concurrency` clients and counts them
 * in `dbFile`. One round of `concurrency` inquiries goes first, unmeasured, to warm the
 * server's code paths, as the page benchmarks warm up for 5 s.
 */
export async function benchInquiries(base: string, dbFile: string, total = 500, concurrency = 50): Promise<InquiryBench> {
  await sendForms(base, concurrency, concurrency, (i) => `Bench Warm-up ${i}`);
  const { latencies, references, failures, seconds } = await sendForms(base, total, concurrency, (i) => `Bench Client ${i}`);

  // Only this run's inquiries: the bench database holds thousands of older ones.
  const sqlite = new Database(dbFile, { readonly: true });
  const mine = "from inquiries where name like 'Bench Client %'";
  const stored = sqlite.prepare(`select count(*) as n, count(distinct name) as names, count(distinct submission_key) as keys ${mine}`).get() as { n: number; names: number; keys: number };
  const storedRefs = new Set((sqlite.prepare(`select reference ${mine}`).all() as { reference: string }[]).map((r) => r.reference));
  const queued = (sqlite.prepare(`select count(*) as n from outbox where inquiry_id in (select id ${mine})`).get() as { n: number }).n;
  sqlite.close();

  latencies.sort((a, b) => a - b);
  const acknowledgedStored = references.every((r) => storedRefs.has(r)) && new Set(references).size === references.length;
  const ok = failures.length === 0 && references.length === total && stored.n === total && stored.names === total && stored.keys === total && acknowledgedStored && queued === total;
  return {
    total,
    concurrency,
    perSecond: total / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1)!,
    stored: stored.n,
    ok,
    failures: failures.slice(0, 10),
  };
}
