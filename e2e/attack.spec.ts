import { createHash } from "node:crypto";
import fs from "node:fs";
import Database from "better-sqlite3";
import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { SIGN_IN_PATHS } from "../lib/http/routes.mjs";
import { adminActions, toUrl } from "./action-manifest";
import { directives, expectObservatoryHeaders, expectSafeCookies } from "./observatory-rules";
import { readDb, startOwnServer, type OwnServer } from "./own-server";
import { OWNER, signInByRequest } from "./sign-in";

// An attacker's pass over the production build, on a server of this file's own with the
// production defaults (no TRUST_PROXY), so its log can be read. What to attack comes from
// the build's own manifests: a new admin page, route or server action is attacked too,
// without anyone adding it here.

test.describe.configure({ mode: "serial" });

let server: OwnServer;
test.beforeAll(async () => {
  server = await startOwnServer();
});
test.afterAll(async () => {
  await server?.stop();
});

const JUNK_COOKIE = "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..bm90LWEtcmVhbC10b2tlbg.not-a-real-token.AAAA";

/** The admin's pages and route handlers, from the build's list of app paths. */
function adminAppPaths(): { pages: string[]; routes: string[] } {
  const manifest = JSON.parse(fs.readFileSync(".next/server/app-paths-manifest.json", "utf8")) as Record<string, string>;
  const pages: string[] = [];
  const routes: string[] = [];
  for (const key of Object.keys(manifest)) {
    const url = toUrl(key.replace(/\/(page|route)$/, ""));
    if (!url.startsWith("/admin") || SIGN_IN_PATHS.has(url)) continue;
    (key.endsWith("/route") ? routes : pages).push(url);
  }
  return { pages, routes };
}

/** What the database holds that an action could change. */
const snapshot = () =>
  readDb<Record<string, number>>(
    server.dbFile,
    `select (select count(*) from posts) posts, (select coalesce(sum(revision), 0) from posts) revisions, (select count(*) from posts where deleted_at is not null) trashed,
            (select count(*) from users) users, (select count(*) from users where active = 0) inactive, (select count(*) from inquiries) inquiries,
            (select count(*) from inquiries where read_at is not null) read, (select count(*) from inquiry_events) events, (select count(*) from settings) settings,
            (select coalesce(max(updated_at), 0) from settings) settingsChanged, (select count(*) from sessions where revoked_at is not null) revoked`,
  )[0];

/** No stack, no file names, no framework internals in what a refused request gets back. */
async function expectNoInternals(response: APIResponse) {
  const text = await response.text();
  expect(text, response.url()).not.toMatch(/\n\s+at |node_modules|\.js:\d+|TypeError|SyntaxError|ENOENT/);
}

test("the build's manifests list the admin's pages, routes and actions", () => {
  const { pages, routes } = adminAppPaths();
  expect(pages).toEqual(expect.arrayContaining(["/admin", "/admin/posts", "/admin/inquiries/1", "/admin/account", "/admin/users"]));
  expect(routes).toEqual(expect.arrayContaining(["/admin/api/posts", "/admin/api/media", "/admin/inquiries/export"]));
  expect(adminActions().map((action) => action.name)).toEqual(expect.arrayContaining([expect.stringContaining("#trashPost"), expect.stringContaining("#changePassword"), expect.stringContaining("#saveSettings")]));
});

test("every admin page refuses a visitor without a session, however it is asked for", async ({ request }) => {
  const { pages } = adminAppPaths();
  const variants: Record<string, string>[] = [{}, { RSC: "1" }, { RSC: "1", "Next-Router-Prefetch": "1" }, { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" }, { Cookie: JUNK_COOKIE }];
  for (const page of pages) {
    for (const headers of variants) {
      const response = await request.get(`${server.origin}${page}`, { headers, maxRedirects: 0 });
      expect(response.status(), `${page} ${JSON.stringify(headers)}`).toBe(307);
      expect(response.headers().location, page).toMatch(/^\/admin\/login\?next=/);
    }
    // An .rsc address is answered as a stream: a 200 may only carry the redirect to the sign-in.
    const rsc = await request.get(`${server.origin}${page}.rsc`, { headers: { Cookie: JUNK_COOKIE }, maxRedirects: 0 });
    expect([200, 307, 404], `${page}.rsc`).toContain(rsc.status());
    if (rsc.status() === 200) {
      const payload = await rsc.text();
      expect(payload, `${page}.rsc`).toContain("NEXT_REDIRECT;replace;/admin/login");
      expect(payload, `${page}.rsc`).not.toMatch(/Sign out|Welcome, |What they told us|Firm settings/);
    }
    const encoded = await request.get(`${server.origin}${page.replace("/admin", "/%61dmin")}`, { maxRedirects: 0 });
    expect([307, 404], `${page} encoded`).toContain(encoded.status());
  }
});

test("every admin route handler answers 401 without a session, the proxy skipped or not", async ({ request }) => {
  for (const route of adminAppPaths().routes) {
    const variants: Record<string, string>[] = [{ Cookie: JUNK_COOKIE }, { Cookie: JUNK_COOKIE, "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" }];
    for (const headers of variants) {
      const get = await request.get(`${server.origin}${route}`, { headers, maxRedirects: 0 });
      expect([401, 405], `GET ${route}`).toContain(get.status());
      const post = await request.post(`${server.origin}${route}`, { headers: { ...headers, Origin: server.origin }, data: { revision: 0, intent: "save", fields: {} }, maxRedirects: 0 });
      expect([401, 405], `POST ${route}`).toContain(post.status());
    }
  }
});

test("every admin server action answers 401 without a session and changes nothing", async ({ request }) => {
  const before = snapshot();
  const actions = adminActions();
  expect(actions.length).toBeGreaterThan(15);
  for (const action of actions) {
    for (const body of ["[]", '["$K1"]', '[{"attempt":0},{"id":"1"}]']) {
      const response = await request.post(`${server.origin}${action.page}`, {
        headers: { "Next-Action": action.id, Origin: server.origin, "Content-Type": "text/plain;charset=UTF-8", Cookie: JUNK_COOKIE },
        data: body,
        maxRedirects: 0,
      });
      expect(response.status(), `${action.name} ${body}`).toBe(401);
    }
    const form = await request.post(`${server.origin}${action.page}`, {
      headers: { "Next-Action": action.id, Origin: server.origin, Cookie: JUNK_COOKIE },
      multipart: { "1_id": "1", "1_confirm": "yes", "0": '["$K1"]' },
      maxRedirects: 0,
    });
    expect(form.status(), `${action.name} multipart`).toBe(401);
  }
  expect(snapshot()).toEqual(before);
});

test("a signed-in session's actions are refused from a forged origin, a forwarded host, or no origin", async () => {
  const owner = await playwrightRequest.newContext();
  expect((await signInByRequest(owner, server.origin)).status()).toBe(200);
  const before = snapshot();
  const [endOthers] = adminActions().filter((action) => action.name.endsWith("#endOtherSessions"));
  const attempts: Record<string, string>[] = [
    { Origin: "https://evil.example" },
    { Origin: "https://evil.example", "X-Forwarded-Host": "evil.example", Host: "evil.example" },
    { Origin: server.origin.replace("http:", "https:") },
    { Origin: "null" },
    {},
  ];
  for (const headers of attempts) {
    const action = await owner.post(`${server.origin}/admin/account`, { headers: { ...headers, "Next-Action": endOthers!.id }, data: "[]", maxRedirects: 0 });
    expect(action.status(), JSON.stringify(headers)).toBe(403);
    await expectNoInternals(action);
    const route = await owner.post(`${server.origin}/admin/api/posts`, { headers, data: { revision: 0, intent: "save", fields: {} }, maxRedirects: 0 });
    expect(route.status(), `route ${JSON.stringify(headers)}`).toBe(403);
  }
  expect(snapshot()).toEqual(before);
  await owner.dispose();
});

test("malformed input gets a 4xx without internals, never a 500", async ({ request }) => {
  const owner = await playwrightRequest.newContext();
  await signInByRequest(owner, server.origin);
  const urls = [
    "/blog/%", "/blog/%ZZ", "/blog/%FF", "/blog/%C0%AE", "/blog/%E0%A4%A", "/blog/%E0%A4%A.rsc", "/media/%E0%A4%A", "/api/auth/%E0%A4%A", "/api/auth/error?error=%E0%A4%A",
    "/blog/a%00b", "/api/auth/error?error=x%0D%0ALocation:%20https://evil.example", "/api/auth/error?error=%3Cscript%3E", "/api/auth/signin?callbackUrl=https://evil.example/",
    "/api/auth/callback/credentials?callbackUrl=javascript:alert(1)",
  ];
  for (const url of urls) {
    const response = await request.get(`${server.origin}${url}`, { maxRedirects: 0 });
    expect(response.status(), url).toBe(400);
    await expectNoInternals(response);
  }
  for (const url of ["/admin/posts/%E0%A4%A", "/admin/inquiries/%E0%A4%A", "/admin/posts/%C0%AE", "/admin/inquiries/%FF"]) {
    const response = await owner.get(`${server.origin}${url}`, { maxRedirects: 0 });
    expect(response.status(), `signed in: ${url}`).toBe(400);
  }
  for (const url of ["/admin/posts/99999999999999999999", "/admin/inquiries/-1", "/admin/posts/1e3", "/blog/page/0", "/blog/page/abc", "/media/..%2F..%2Fetc%2Fpasswd"]) {
    const response = await owner.get(`${server.origin}${url}`, { maxRedirects: 0 });
    expect(response.status(), `signed in: ${url}`).toBeGreaterThanOrEqual(300);
    expect(response.status(), `signed in: ${url}`).toBeLessThan(500);
  }
  const badCookie = await request.get(`${server.origin}/api/auth/signin`, { headers: { Cookie: "next-auth.callback-url=https%3A%2F%2Fevil.example" }, maxRedirects: 0 });
  expect(badCookie.status()).toBe(400);
  for (const method of ["TRACE", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
    const response = await request.fetch(`${server.origin}/`, { method, maxRedirects: 0 });
    expect(response.status(), method).toBe(405);
  }

  const contactAction = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { exportedName?: string }> };
  const sendInquiry = Object.entries(contactAction.node).find(([, entry]) => entry.exportedName === "sendInquiry")![0];
  const posts: [string, Parameters<APIRequestContext["post"]>[1]][] = [
    ["broken multipart", { headers: { "Content-Type": "multipart/form-data; boundary=XYZ" }, data: '--XYZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nbroken' }],
    ["a Next-Action body of [", { headers: { "Next-Action": sendInquiry, "Content-Type": "text/plain;charset=UTF-8" }, data: "[" }],
    ["a Next-Action body of other arguments", { headers: { "Next-Action": sendInquiry, "Content-Type": "text/plain;charset=UTF-8" }, data: "[1,2]" }],
    ["an unknown action", { headers: { "Next-Action": "00".repeat(21) }, data: "[]" }],
    ["a cross-origin action", { headers: { "Next-Action": sendInquiry, Origin: "https://evil.example" }, data: "[]" }],
    ["7 MB", { headers: { "Content-Type": "application/x-www-form-urlencoded" }, data: `message=${"a".repeat(7 * 1024 * 1024)}` }],
    ["80,000 fields", { headers: { "Content-Type": "application/x-www-form-urlencoded" }, data: Array.from({ length: 80_000 }, (_, i) => `f${i}=`).join("&") }],
  ];
  for (const [what, options] of posts) {
    const response = await request.post(`${server.origin}/contact`, { ...options, headers: { Origin: server.origin, ...options!.headers }, maxRedirects: 0 });
    expect(response.status(), what).toBeGreaterThanOrEqual(400);
    expect(response.status(), what).toBeLessThan(500);
    await expectNoInternals(response);
  }
  // A multipart action whose reply is not a form: the form state answers, no 500.
  const odd = await request.post(`${server.origin}/contact`, { headers: { Origin: server.origin, "Next-Action": sendInquiry }, multipart: { "0": "[1,2]" }, maxRedirects: 0 });
  expect(odd.status()).toBeLessThan(500);
  const bigSignIn = await request.post(`${server.origin}/api/auth/callback/credentials`, { headers: { Origin: server.origin, "Content-Type": "application/x-www-form-urlencoded" }, data: `password=${"a".repeat(20 * 1024 * 1024)}` });
  expect(bigSignIn.status()).toBe(413);
  await owner.dispose();
});

test("malformed bodies to next-auth's routes get a 400 and one log line each, never a 500 with a stack", async ({ request }) => {
  const start = server.log().length;
  const routes = ["signin/credentials", "callback/credentials", "signout", "session", "csrf", "_log"];
  const bodies = ["{", '{"csrfToken": ', "[1, 2]", '"just a string"', "42", '{"csrfToken": {"$ne": 1}}', '{"callbackUrl": 7}'];
  for (const route of routes) {
    for (const data of bodies) {
      const response = await request.post(`${server.origin}/api/auth/${route}`, { headers: { Origin: server.origin, "Content-Type": "application/json" }, data, maxRedirects: 0 });
      expect(response.status(), `${route} ${data}`).toBe(400);
      await expectNoInternals(response);
    }
  }
  // A JSON body whose callback address is another site's is refused like a form's.
  const foreign = await request.post(`${server.origin}/api/auth/signin/credentials`, { headers: { Origin: server.origin, "Content-Type": "application/json" }, data: '{"callbackUrl": "https://evil.example/"}', maxRedirects: 0 });
  expect(foreign.status()).toBe(400);
  const log = server.log().slice(start);
  expect(log).not.toMatch(/\n\s+at /);
  expect(log.split("\n").filter((line) => line.startsWith("[auth] refused POST /api/auth/"))).toHaveLength(routes.length * bodies.length);
});

test("nothing typed into a URL or a cookie can write a log line of its own, and a junk cookie costs no stack trace", async ({ request }) => {
  const forged = "x%0A[mail] FORGED LINE%0D%0A[startup] FORGED TOO";
  for (const url of [`/api/auth/signin?callbackUrl=${forged}`, `/api/auth/error?error=${forged}`, `/admin/login?next=${forged}`, `/api/auth/callback/credentials?callbackUrl=${forged}`]) {
    await request.get(`${server.origin}${url}`, { maxRedirects: 0 });
  }
  const start = server.log().length;
  for (let i = 0; i < 10; i++) {
    await request.get(`${server.origin}/api/auth/session`, { headers: { Cookie: JUNK_COOKIE } });
    await request.get(`${server.origin}/admin/account`, { headers: { Cookie: JUNK_COOKIE }, maxRedirects: 0 });
  }
  const lines = server.log().split("\n");
  expect(lines.filter((line) => line.startsWith("[mail] FORGED") || line.startsWith("[startup] FORGED"))).toEqual([]);
  const junkLog = server.log().slice(start);
  expect(junkLog).not.toMatch(/\n\s+at /);
  expect(junkLog.length).toBeLessThan(10 * 200);
});

test("next-auth's session answer carries no session id, and an ended session is signed out there too", async () => {
  const owner = await playwrightRequest.newContext();
  await signInByRequest(owner, server.origin);
  const session = await owner.get(`${server.origin}/api/auth/session`);
  const text = await session.text();
  expect(JSON.parse(text)).toMatchObject({ user: { email: OWNER.email } });
  for (const { id } of readDb<{ id: string }>(server.dbFile, "select id from sessions")) expect(text).not.toContain(id);
  expect(text).not.toContain("sid");
  expectSafeCookies(session.headers()["set-cookie"]?.split("\n") ?? []);

  // Signed out everywhere else, from another session: the first one's cookie now gets "signed out".
  const other = await playwrightRequest.newContext();
  await signInByRequest(other, server.origin);
  const [endOthers] = adminActions().filter((action) => action.name.endsWith("#endOtherSessions"));
  expect((await other.post(`${server.origin}/admin/account`, { headers: { Origin: server.origin, "Next-Action": endOthers!.id }, data: "[]" })).status()).toBe(200);
  const ended = await owner.get(`${server.origin}/api/auth/session`);
  expect(await ended.json()).toEqual({});
  expect(ended.headers()["set-cookie"] ?? "").toMatch(/next-auth\.session-token=;/);
  expect((await owner.get(`${server.origin}/admin/account`, { maxRedirects: 0 })).status()).toBe(307);
  await owner.dispose();
  await other.dispose();
});

test("without TRUST_PROXY a forged X-Forwarded-For cannot dodge the lockout, and 20 parallel guesses are checked at most 5 times", async () => {
  const guesser = await playwrightRequest.newContext();
  const victim = { email: "nobody-here@firm.test" };
  const checked = () => readDb<{ n: number }>(server.dbFile, "select count(*) n from login_attempts where outcome in ('failure', 'success', 'pending')")[0]!.n;
  const before = checked();
  // One CSRF token for the burst, as a script would.
  const { csrfToken } = (await (await guesser.get(`${server.origin}/api/auth/csrf`)).json()) as { csrfToken: string };
  const answers = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      guesser.post(`${server.origin}/api/auth/callback/credentials`, {
        form: { csrfToken, email: victim.email, password: `guess number ${i}`, json: "true" },
        headers: { Origin: server.origin, "x-forwarded-for": `203.0.113.${i + 1}` },
        maxRedirects: 0,
      }),
    ),
  );
  expect(answers.every((answer) => answer.status() === 401)).toBe(true);
  expect(checked() - before).toBeLessThanOrEqual(5);
  // The 15 or more refused guesses are noted by one row (one an hour), not a row each.
  const refused = readDb<{ n: number }>(server.dbFile, "select count(*) n from login_attempts where outcome = 'locked'")[0]!.n;
  expect(refused).toBe(1);
  await guesser.dispose();
});

test("each kind of page passes the Observatory's header rules", async ({ request }) => {
  const [post] = readDb<{ slug: string }>(server.dbFile, "select slug from posts where status = 'published' and published_at <= ? limit 1", Date.now());
  for (const path of ["/", "/blog", `/blog/${post!.slug}`, "/blog/page/2", "/contact", "/no-such-page"]) {
    const response = await request.get(`${server.origin}${path}`);
    expectObservatoryHeaders(response, "cached");
    // Every inline script of the page (the framework's) is listed by its hash, and nothing
    // else is; JSON-LD is data a browser never runs, so it needs none.
    const listed = directives(response.headers()["content-security-policy"]!).get("script-src")!.slice(1).sort();
    const inline = [...(await response.text()).matchAll(/<script\b(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => `'sha256-${createHash("sha256").update(body!).digest("base64")}'`);
    expect(inline.length, path).toBeGreaterThan(0);
    expect([...new Set(inline)].sort(), path).toEqual(listed);
  }
  for (const path of ["/contact/sent", "/admin/login"]) {
    const first = await request.get(`${server.origin}${path}`);
    expectObservatoryHeaders(first, "per-request");
    const second = await request.get(`${server.origin}${path}`);
    expect(first.headers()["content-security-policy"], `${path}: a fresh nonce`).not.toBe(second.headers()["content-security-policy"]);
    const nonce = /'nonce-([^']+)'/.exec(first.headers()["content-security-policy"]!)![1]!;
    const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, `${path}: every script carries the nonce`).toContain(`nonce="${nonce}"`);
  }
  const owner = await playwrightRequest.newContext();
  const signedIn = await signInByRequest(owner, server.origin);
  expectSafeCookies(signedIn.headers()["set-cookie"]!.split("\n"));
  for (const path of ["/admin", "/admin/account", "/admin/inquiries"]) expectObservatoryHeaders(await owner.get(`${server.origin}${path}`), "per-request");
  const refused = await request.fetch(`${server.origin}/`, { method: "TRACE" });
  expect(refused.headers()["content-security-policy"]).toBeTruthy();
  await owner.dispose();
});

test("opening an inquiry (a GET) changes nothing; the page marks it read with a POST once shown", async ({ browser }) => {
  const sqlite = new Database(server.dbFile);
  const { lastInsertRowid } = sqlite
    .prepare("insert into inquiries (reference, submission_key, name, consent_text, consent_version, consent_at) values (?, ?, 'Una Read', 'notice', 'v1', ?)")
    .run(`GET-${Date.now()}`, `key-${Date.now()}`, Date.now());
  sqlite.close();
  const readAt = () => readDb<{ read_at: number | null }>(server.dbFile, "select read_at from inquiries where id = ?", Number(lastInsertRowid))[0]!.read_at;

  const owner = await playwrightRequest.newContext();
  await signInByRequest(owner, server.origin);
  // A link from anywhere (a plain GET with the owner's cookie) leaves it unread.
  expect((await owner.get(`${server.origin}/admin/inquiries/${lastInsertRowid}`)).status()).toBe(200);
  expect(readAt()).toBeNull();

  const context = await browser.newContext({ storageState: await owner.storageState() });
  const page = await context.newPage();
  await page.goto(`${server.origin}/admin/inquiries/${lastInsertRowid}`);
  await expect(page.getByRole("heading", { name: "Una Read" })).toBeVisible();
  await expect.poll(readAt).not.toBeNull();
  await context.close();
  await owner.dispose();
});

test("in Chromium, every kind of page runs its scripts under its policy without a violation", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: server.origin });
  await signInByRequest(context.request, server.origin);
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`)));
  const [post] = readDb<{ slug: string }>(server.dbFile, "select slug from posts where status = 'published' and published_at <= ? limit 1", Date.now());
  for (const path of ["/", "/blog", `/blog/${post!.slug}`, "/contact", "/admin", "/admin/posts/new"]) {
    await page.goto(path);
    // Hydrated: React has taken the page over (Next's router is there).
    await expect.poll(() => page.evaluate(() => "next" in window && Boolean((window as unknown as { next?: { router?: unknown } }).next?.router)), { message: path }).toBe(true);
  }
  expect(violations).toEqual([]);
  await context.close();
});
