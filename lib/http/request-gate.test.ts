import { Readable } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { admitPost, refuseBadRequest } from "./request-gate.mjs";
import { bodyLimit } from "./routes.mjs";

const SITE = "http://127.0.0.1:3000";

/** Runs the gate on a fake request; what it answered (or null when Next would get it) and the headers Next would see. */
function gate(method: string, url: string, headers: Record<string, string> = {}, trustProxy = false) {
  const req = { method, url, headers: { ...headers } };
  const held: { answer: { status: number; headers: Record<string, unknown>; body: string } | null } = { answer: null };
  const res = {
    writeHead(status: number, head: Record<string, unknown>) {
      held.answer = { status, headers: head, body: "" };
    },
    end(body: string) {
      held.answer!.body = body;
    },
  };
  const refused = refuseBadRequest(req as never, res as never, { trustProxy, siteOrigin: SITE });
  expect(refused).toBe(held.answer !== null);
  return { answer: held.answer, seen: req.headers as Record<string, string | undefined> };
}

describe("refuses before Next", () => {
  it.each(["TRACE", "PUT", "DELETE", "PATCH", "OPTIONS", "CONNECT", "PROPFIND"])("%s with 405 and the methods it takes", (method) => {
    expect(gate(method, "/").answer).toMatchObject({ status: 405, headers: { Allow: "GET, HEAD, POST" } });
  });

  it.each(["/blog/%", "/blog/%ZZ", "/blog/%FF", "/blog/%C0%AE", "/blog/%E0%A4%A", "/blog/%E0%A4%A.rsc", "/media/%E0%A4%A", "/api/auth/%E0%A4%A", "/api/auth/error?error=%E0%A4%A", "/admin/posts/%E0%A4%A", "/admin/inquiries/%E0%A4%A", "/blog/a%00b", "/api/auth/error?error=x%0A%5Bmail%5D", "/admin/login?next=a%0D%0Ab", "http://evil.example/", "*", "//evil.example/x"])(
    "the malformed address %s with 400",
    (url) => {
      expect(gate("GET", url).answer?.status).toBe(400);
    },
  );

  it("an address of 5,000 characters with 414", () => {
    expect(gate("GET", `/blog/${"a".repeat(5000)}`).answer?.status).toBe(414);
  });

  it("the image optimizer with 404", () => {
    expect(gate("GET", "/_next/image?url=%2Fmedia%2Fa.png&w=3840&q=100").answer?.status).toBe(404);
  });

  it("a body over its route's limit with 413, and the contact form's with a page to go back from", () => {
    const origin = { origin: SITE };
    expect(gate("POST", "/contact", { ...origin, "content-length": String(64 * 1024 + 1) }).answer).toMatchObject({ status: 413, body: expect.stringContaining("Back to the contact form") });
    expect(gate("POST", "/api/auth/callback/credentials", { ...origin, "content-length": String(30_000_000) }).answer?.status).toBe(413);
    expect(gate("POST", "/admin/api/media", { ...origin, "content-length": String(7 * 1024 * 1024) }).answer?.status).toBe(413);
    expect(gate("POST", "/admin/api/media", { ...origin, "content-length": String(5 * 1024 * 1024) }).answer).toBeNull();
    expect(gate("POST", "/admin/api/import", { ...origin, "content-length": String(301 * 1024 * 1024) }).answer?.status).toBe(413);
    expect(gate("POST", "/admin/api/import", { ...origin, "content-length": String(200 * 1024 * 1024) }).answer).toBeNull();
    expect(gate("POST", "/contact", { ...origin, "transfer-encoding": "chunked" }).answer?.status).toBe(411);
    expect(gate("POST", "/contact", { ...origin, "content-length": "12abc" }).answer?.status).toBe(400);
  });

  it("a POST from another origin, with the wrong scheme or port, or with none, with 403", () => {
    for (const origin of ["https://evil.example", "https://127.0.0.1:3000", "http://127.0.0.1:3001", "null", undefined]) {
      const headers: Record<string, string> = { "content-length": "10", "next-action": "abc" };
      if (origin) headers.origin = origin;
      expect(gate("POST", "/contact", headers).answer?.status, String(origin)).toBe(403);
    }
    expect(gate("POST", "/contact", { "content-length": "10", origin: SITE }).answer).toBeNull();
  });

  it("the visit beacon: a small body from the site's own pages only", () => {
    expect(gate("POST", "/api/visit", { "content-length": "80", origin: SITE }).answer).toBeNull();
    expect(gate("POST", "/api/visit", { "content-length": "3000", origin: SITE }).answer?.status).toBe(413);
    expect(gate("POST", "/api/visit", { "content-length": "80", origin: "https://elsewhere.example" }).answer?.status).toBe(403);
    expect(gate("POST", "/api/visit", { "content-length": "80" }).answer?.status).toBe(403);
  });

  it("a POST to a public page without a form with 405", () => {
    expect(gate("POST", "/", { "content-length": "3", origin: SITE }).answer?.status).toBe(405);
    expect(gate("POST", "/blog/a-post", { "content-length": "3", origin: SITE }).answer?.status).toBe(405);
  });
});

describe("headers a client could forge", () => {
  it("drops X-Forwarded-* and x-middleware-subrequest unless TRUST_PROXY", () => {
    const forged = { "x-forwarded-for": "1.2.3.4", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-real-ip": "1.2.3.4", forwarded: "for=1.2.3.4", "x-middleware-subrequest": "proxy" };
    expect(gate("GET", "/", forged).seen).toEqual({});
    expect(gate("GET", "/", forged, true).seen).toEqual({ ...forged, "x-middleware-subrequest": undefined });
  });
});

it("gives each route its own body limit, larger admin bodies only to a live session", () => {
  expect(bodyLimit("/contact", false)).toBe(64 * 1024);
  expect(bodyLimit("/api/visit", false)).toBe(2 * 1024);
  expect(bodyLimit("/api/visit", true)).toBe(2 * 1024);
  expect(bodyLimit("/api/auth/callback/credentials", true)).toBe(16 * 1024);
  expect(bodyLimit("/admin/login", true)).toBe(16 * 1024);
  expect(bodyLimit("/admin/setup", true)).toBe(16 * 1024);
  expect(bodyLimit("/admin/forgot-password", true)).toBe(16 * 1024);
  expect(bodyLimit("/admin/reset-password", false)).toBe(16 * 1024);
  expect(bodyLimit("/admin/posts/1", false)).toBe(16 * 1024);
  expect(bodyLimit("/admin/posts/1", true)).toBe(2 * 1024 * 1024);
  expect(bodyLimit("/admin/api/media", false)).toBe(16 * 1024);
  expect(bodyLimit("/admin/api/media", true)).toBe(5 * 1024 * 1024 + 64 * 1024);
  expect(bodyLimit("/admin/api/import", false)).toBe(16 * 1024);
  expect(bodyLimit("/admin/api/import", true)).toBe(300 * 1024 * 1024 + 64 * 1024);
});

describe("a POST's body", () => {
  /** A request whose body arrives in `chunks`, and what was answered. */
  function post(url: string, body: string, headers: Record<string, string> = {}) {
    const stream = Readable.from([Buffer.from(body)]) as Readable & { method: string; url: string; headers: Record<string, string>; socket: unknown };
    Object.assign(stream, { method: "POST", url, headers: { "content-length": String(Buffer.byteLength(body)), ...headers }, socket: null });
    const answer: { status?: number } = {};
    const res = { writeHead: (status: number) => void (answer.status = status), end() {} };
    return { req: stream, res, answer };
  }
  const signedIn = (value: boolean) => ({ isSignedIn: vi.fn(async () => value) });

  it("over the pre-auth limit to the admin: read only from a live session, which is asked first", async () => {
    const big = "x".repeat(20 * 1024);
    const anonymous = signedIn(false);
    const refused = post("/admin/posts/1", big, { "next-action": "a" });
    expect(await admitPost(refused.req as never, refused.res as never, anonymous)).toBeNull();
    // The session is what is missing (a long form saved after it ended): 401, as for a small body.
    expect(refused.answer.status).toBe(401);
    expect(anonymous.isSignedIn).toHaveBeenCalledOnce();
    // Not a byte of it was read.
    expect(refused.req.readableDidRead).toBe(false);
    const member = signedIn(true);
    const taken = post("/admin/posts/1", big, { "next-action": "a" });
    expect(await admitPost(taken.req as never, taken.res as never, member)).toBe(taken.req);
    expect(taken.answer.status).toBeUndefined();
  });

  it("an export to the Import screen: up to its own limit, and only from a live session", async () => {
    const export40MB = { "content-length": String(40 * 1024 * 1024) };
    const anonymous = signedIn(false);
    const refused = post("/admin/api/import", "", export40MB);
    expect(await admitPost(refused.req as never, refused.res as never, anonymous)).toBeNull();
    expect(refused.answer.status).toBe(401);
    const member = signedIn(true);
    const taken = post("/admin/api/import", "", export40MB);
    expect(await admitPost(taken.req as never, taken.res as never, member)).toBe(taken.req);
    // An admin form of the same size is refused to the same session.
    const form = post("/admin/posts/1", "", { ...export40MB, "next-action": "a" });
    expect(await admitPost(form.req as never, form.res as never, member)).toBeNull();
    expect(form.answer.status).toBe(413);
  });

  it("to the sign-in: never more than the pre-auth limit, signed in or not", async () => {
    const member = signedIn(true);
    const { req, res, answer } = post("/admin/login", "x".repeat(20 * 1024), { "next-action": "a" });
    expect(await admitPost(req as never, res as never, member)).toBeNull();
    expect(answer.status).toBe(413);
    expect(member.isSignedIn).not.toHaveBeenCalled();
  });

  it("a small page POST that does not parse as what it claims: 400; one that does goes on with its body", async () => {
    const gate = signedIn(false);
    const broken = post("/admin/login", "{not json", { "next-action": "a", "content-type": "text/plain" });
    expect(await admitPost(broken.req as never, broken.res as never, gate)).toBeNull();
    expect(broken.answer.status).toBe(400);
    const form = post("/contact", "a=1", { "next-action": "a", "content-type": "text/plain" });
    expect(await admitPost(form.req as never, form.res as never, gate)).toBeNull();
    expect(form.answer.status).toBe(400);
    const good = post("/admin/login", '["a"]', { "next-action": "a", "content-type": "text/plain" });
    const replayed = await admitPost(good.req as never, good.res as never, gate);
    const chunks: Buffer[] = [];
    for await (const chunk of replayed as unknown as AsyncIterable<Buffer>) chunks.push(chunk);
    expect(Buffer.concat(chunks).toString()).toBe('["a"]');
  });

  it("a body longer than it said: refused once it passes the limit", async () => {
    const { req, res, answer } = post("/contact", "x".repeat(70 * 1024), { "content-length": "10", "content-type": "multipart/form-data; boundary=x" });
    expect(await admitPost(req as never, res as never, signedIn(false))).toBeNull();
    expect(answer.status).toBe(413);
  });
});
