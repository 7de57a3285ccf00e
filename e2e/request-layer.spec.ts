import { spawn } from "node:child_process";
import fs from "node:fs";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { PUBLIC_FORM_PATHS, REFRESH_PATH, SIGN_IN_PATHS } from "../lib/http/routes.mjs";
import { freePort } from "../scripts/free-port";
import { startOwnServer, tempDatabase, type OwnServer } from "./own-server";
import { signInByRequest } from "./sign-in";

// The request layer holds however the README offers to start the site: `npm start` (the
// shared test server runs scripts/start.mjs), `npm run dev` (the same server around the
// development build), and `next start` / `next dev` on their own refuse to run without it.

/** Runs a command until it exits (at most `ms`); its exit code and what it printed. */
function runToExit(args: string[], ms = 90_000): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, DATABASE_URL: tempDatabase("firm-site-refuse-"), NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

for (const command of ["start", "dev"]) {
  test(`plain \`next ${command}\` refuses to serve, and says to use npm ${command === "start" ? "start" : "run dev"}`, async () => {
    test.setTimeout(120_000);
    const port = await freePort();
    const { code, output } = await runToExit(["node_modules/.bin/next", command, "-p", String(port), "-H", "127.0.0.1"]);
    expect(code).not.toBe(0);
    expect(output).toContain("Start it with `npm start` (production) or `npm run dev` (development), not `next start` or `next dev`.");
  });
}

test("the route facts of the request layer are the app's own routes", () => {
  const appPaths = Object.keys(JSON.parse(fs.readFileSync(".next/server/app-paths-manifest.json", "utf8")) as Record<string, string>);
  const urls = new Set(appPaths.map((key) => key.replace(/\/(page|route)$/, "").replace(/\/\([^)]*\)/g, "") || "/"));
  expect(urls).toContain(REFRESH_PATH);
  for (const path of [...SIGN_IN_PATHS, ...PUBLIC_FORM_PATHS]) expect(urls, path).toContain(path);
  // Every public page with a server action is a public form the gate lets a POST through to.
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { workers: Record<string, unknown> }> };
  const actionPages = new Set(
    Object.values(manifest.node)
      .flatMap((entry) => Object.keys(entry.workers))
      .map((worker) => worker.replace(/^app/, "").replace(/\/page$/, "").replace(/\/\([^)]*\)/g, "") || "/")
      .filter((page) => !page.startsWith("/admin")),
  );
  expect([...actionPages].sort()).toEqual([...PUBLIC_FORM_PATHS].sort());
});

test.describe("the production server, as npm start runs it", () => {
  test("a body over 16 KB to the admin is refused at once before a sign-in, and taken from a live session", async ({ baseURL }) => {
    const anonymous = await playwrightRequest.newContext({ extraHTTPHeaders: { "x-forwarded-for": "127.9.0.1" } });
    const body = "x".repeat(2 * 1024 * 1024 - 1024);
    // The sign-in pages never take more than 16 KB (413); an admin page takes more only from a session (401 without one).
    for (const [path, status] of [["/admin/login", 413], ["/admin/setup", 413], ["/admin/posts/new", 401]] as const) {
      const answer = await anonymous.post(`${baseURL}${path}`, { data: body, headers: { Origin: baseURL!, "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" }, maxRedirects: 0 });
      expect(answer.status(), path).toBe(status);
    }
    const member = await playwrightRequest.newContext({ extraHTTPHeaders: { "x-forwarded-for": "127.9.0.2" } });
    expect((await signInByRequest(member, baseURL!)).status()).toBe(200);
    const taken = await member.post(`${baseURL}/admin/posts/new`, { data: body, headers: { Origin: baseURL!, "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" }, maxRedirects: 0 });
    // Past the gate: Next answers (an unknown action), not the gate's 413.
    expect(taken.status()).not.toBe(413);
    await anonymous.dispose();
    await member.dispose();
  });

  test("an export larger than an admin form reaches the Import screen whole from a live session, and is refused at once without one", async ({ baseURL }) => {
    // 12 MB: past the 2 MB of an admin form and past the 10 MB Next would hold for the proxy.
    // Its one post comes after the padding, so the dry run lists it only if all of it arrived;
    // a dry run writes nothing the public sees.
    const title = `Read to the end ${Date.now()}`;
    const wxr = `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Big</title>
<!-- ${"padding ".repeat(12 * 1024 * 128)} -->
<item><title>${title}</title><content:encoded><![CDATA[<p>Body.</p>]]></content:encoded><wp:post_id>1</wp:post_id><wp:status>draft</wp:status><wp:post_type>post</wp:post_type></item>
</channel></rss>`;
    const multipart = { file: { name: "big.WordPress.xml", mimeType: "text/xml", buffer: Buffer.from(wxr) } };
    const anonymous = await playwrightRequest.newContext({ extraHTTPHeaders: { "x-forwarded-for": "127.9.0.3" } });
    expect((await anonymous.post(`${baseURL}/admin/api/import`, { multipart, headers: { Origin: baseURL! }, maxRedirects: 0 })).status()).toBe(401);
    const owner = await playwrightRequest.newContext({ extraHTTPHeaders: { "x-forwarded-for": "127.9.0.4" } });
    expect((await signInByRequest(owner, baseURL!)).status()).toBe(200);
    const read = await owner.post(`${baseURL}/admin/api/import`, { multipart, headers: { Origin: baseURL! }, maxRedirects: 0 });
    expect(read.status()).toBe(303);
    const report = read.headers().location!;
    expect(report).toMatch(/^\/admin\/import\/\d+$/);
    const page = await (await owner.get(`${baseURL}${report}`)).text();
    expect(page).toContain("read, not imported yet");
    expect(page).toContain(title);
    await anonymous.dispose();
    await owner.dispose();
  });

  test("a cached page lists only the framework's scripts by hash, and a streamed page is gzipped", async ({ request, baseURL }) => {
    const post = await request.get(`${baseURL}/blog/can-a-victim-drop-the-charges`, { headers: { "Accept-Encoding": "gzip" } });
    const scriptSrc = /^script-src ([^;]*);/.exec(post.headers()["content-security-policy"]!)?.[1];
    expect(scriptSrc).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
    expect(post.headers()["content-encoding"]).toBe("gzip");
    const login = await request.get(`${baseURL}/admin/login`, { headers: { "Accept-Encoding": "gzip" } });
    expect(login.headers()["content-encoding"]).toBe("gzip");
    expect(login.headers()["content-security-policy"]).toContain("'nonce-");
    await expect(login.text()).resolves.toContain("<form");
  });

  test("the contact page comes from the cache, and each visitor's form token beside it in a cookie", async ({ baseURL }) => {
    const get = (cookie?: string) => fetch(`${baseURL}/contact`, { headers: cookie ? { cookie } : {} });
    const first = await get();
    const second = await get();
    // One HTML for all, from Next's cache (STALE while another journey's change renders it anew),
    // with nothing of the visitor's in it, the cached pages' exact policy, and no shared cache keeps it.
    expect(second.headers.get("x-nextjs-cache")).toMatch(/^(HIT|STALE)$/);
    expect(await second.text()).toContain('<input type="hidden" name="token" value=""/>');
    expect(second.headers.get("content-security-policy")).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(second.headers.get("cache-control")).toBe("private, no-store");
    // A token each, for the form's page only, out of scripts' reach.
    const tokens = [first, second].map((response) => response.headers.get("set-cookie")!);
    for (const cookie of tokens) expect(cookie).toMatch(/^contact_form=\d+\.[\w-]+\.[\w-]+; Path=\/contact; HttpOnly; SameSite=Lax$/);
    expect(tokens[0]).not.toBe(tokens[1]);
    // A visitor who holds one keeps it (a second tab does not restart the first one's form); a forged one is replaced.
    const held = tokens[0]!.split(";", 1)[0]!;
    expect((await get(held)).headers.get("set-cookie")).toBeNull();
    expect((await get(held.replace(/=\d/, "=9"))).headers.get("set-cookie")).toMatch(/^contact_form=/);
  });
});

test.describe("the development server, as npm run dev runs it", () => {
  test.describe.configure({ timeout: 240_000 });
  let server: OwnServer;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    server = await startOwnServer({ dev: true });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test("runs the same gate, policy and limits as production", async () => {
    const client = await playwrightRequest.newContext();
    const { origin } = server;
    const home = await client.get(`${origin}/`, { timeout: 180_000 });
    expect(home.status()).toBe(200);
    expect(home.headers()["content-security-policy"]).toContain("script-src 'self'");
    expect(home.headers()["x-frame-options"]).toBe("DENY");
    expect((await client.get(`${origin}/blog/%E0%A4%A`)).status()).toBe(400);
    expect((await client.fetch(`${origin}/`, { method: "TRACE" })).status()).toBe(405);
    expect((await client.post(`${origin}/contact`, { data: "a=1", headers: { Origin: "https://evil.example" } })).status()).toBe(403);
    expect((await client.post(`${origin}/contact`, { data: "x".repeat(7 * 1024 * 1024), headers: { Origin: origin } })).status()).toBe(413);
    expect((await client.post(`${origin}/admin/login`, { data: "x".repeat(64 * 1024), headers: { Origin: origin, "Next-Action": "0".repeat(42) } })).status()).toBe(413);
    const login = await client.get(`${origin}/admin/login`, { timeout: 180_000 });
    expect(login.headers()["content-security-policy"]).toContain("'nonce-");
    await client.dispose();
  });
});
