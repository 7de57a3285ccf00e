// For `npm run bench`: what 96 senders of 2 MB bodies with no session cost everyone else.
// Each keeps posting a server-action body to the sign-in page for `seconds`, while one
// visitor loads the home page; the visitor's latency is what counts (issue 19, finding 4:
// before the pre-auth limit, this made GET / take 53 s).
import http from "node:http";
import { percentile } from "./bench-inquiries";

export type PreAuthBench = { senders: number; posts: number; refused: number; homeP50: number; homeP99: number; homeLoads: number };

/** One raw POST (keep-alive off, so each one is a new connection as an attacker's would be); its status. */
function post(base: URL, body: Buffer): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(
      { host: base.hostname, port: base.port, path: "/admin/login", method: "POST", agent: false, headers: { origin: base.origin, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8", "content-length": body.length } },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    // The server may answer (and close) before the whole body is sent: that is the point.
    req.on("error", () => resolve(0));
    req.end(body);
  });
}

export async function benchPreAuth(baseUrl: string, { senders = 96, seconds = 10 } = {}): Promise<PreAuthBench> {
  const base = new URL(baseUrl);
  const body = Buffer.alloc(2 * 1024 * 1024, "x");
  const until = Date.now() + seconds * 1000;
  let posts = 0;
  let refused = 0;
  const sender = async () => {
    while (Date.now() < until) {
      const status = await post(base, body);
      posts++;
      if (status === 413) refused++;
    }
  };
  const latencies: number[] = [];
  const visitor = async () => {
    while (Date.now() < until) {
      const t0 = performance.now();
      const response = await fetch(`${baseUrl}/`);
      await response.arrayBuffer();
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all([...Array.from({ length: senders }, sender), visitor()]);
  latencies.sort((a, b) => a - b);
  return { senders, posts, refused, homeP50: percentile(latencies, 50), homeP99: percentile(latencies, 99), homeLoads: latencies.length };
}
