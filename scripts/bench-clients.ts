// The benchmarks' one-client measures: the owner signed in, and a page loaded over and over.
import { percentile } from "./bench-inquiries";
import { request } from "./bench-server";

export const BENCH_OWNER = { email: "bench.owner@firm.test", password: "copper lantern harbor 2026" };

/** Signs the owner in through next-auth's credentials flow; the session cookie. */
export async function signIn(base: string): Promise<string> {
  const csrf = await request(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await request(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; "), origin: base },
    body: new URLSearchParams({ csrfToken, email: BENCH_OWNER.email, password: BENCH_OWNER.password, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`could not sign in (${response.status})`);
  return [...cookies, session.split(";")[0]].join("; ");
}

/**
 * One client loading a page over and over (signed in when given a cookie): p50 / p99 in ms.
 * The first loads are not counted, as wrk's warm-up is not: the first compiles the page's
 * code and, with 200 loads, would be the p99 on its own.
 */
export async function oneClientLatency(base: string, pagePath: string, cookie = "", times = 200, warmUp = 10) {
  const latencies: number[] = [];
  for (let i = -warmUp; i < times; i++) {
    const t0 = performance.now();
    const response = await request(base + pagePath, cookie ? { headers: { cookie } } : undefined);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${pagePath} answered ${response.status}`);
    if (i >= 0) latencies.push(performance.now() - t0);
  }
  latencies.sort((a, b) => a - b);
  return { path: pagePath, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}
