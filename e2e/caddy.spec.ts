import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import https from "node:https";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "../scripts/free-port";
import { expectObservatoryHeaders, expectSafeCookies } from "./observatory-rules";
import { readDb, startOwnServer, type OwnServer } from "./own-server";
import { OWNER } from "./sign-in";

// The production recipe on loopback: deploy/Caddyfile as it ships (Debian's caddy; the
// name "localhost" makes Caddy use its own certificate authority), the site behind it with
// TRUST_PROXY=1 and an https SITE_URL. https works with a certificate from that authority,
// http redirects, the headers hold, and the client's own address reaches the throttles.

test.describe.configure({ mode: "serial" });

let caddy: ChildProcess;
let site: OwnServer;
let ca: Buffer;
let httpsPort: number;
let httpPort: number;
const home = fs.mkdtempSync(path.join(os.tmpdir(), "firm-site-caddy-"));

type Answer = { status: number; headers: Record<string, string>; body: string };

/** A request through Caddy over https, trusting only its own authority; from `localAddress` when given. */
function viaHttps(pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string; localAddress?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      { host: "127.0.0.1", servername: "localhost", port: httpsPort, path: pathname, method: options.method ?? "GET", ca, headers: { host: `localhost:${httpsPort}`, ...options.headers }, localAddress: options.localAddress },
      (res) => {
        let body = "";
        res.setEncoding("latin1");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode!, headers: flatten(res.headers), body }));
      },
    );
    req.once("error", reject);
    req.end(options.body);
  });
}

function flatten(headers: http.IncomingHttpHeaders): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join("\n") : String(value)]));
}

test.beforeAll(async () => {
  test.setTimeout(90_000);
  httpsPort = await freePort();
  httpPort = await freePort();
  const sitePort = await freePort();
  site = await startOwnServer({ port: sitePort, env: { SITE_URL: `https://localhost:${httpsPort}`, TRUST_PROXY: "1", E2E_CONTACT_MIN_FILL_MS: undefined } });
  caddy = spawn("caddy", ["run", "--config", "deploy/Caddyfile", "--adapter", "caddyfile"], {
    env: {
      ...process.env,
      SITE_DOMAIN: "localhost",
      SITE_UPSTREAM: `127.0.0.1:${sitePort}`,
      CADDY_ADMIN: "off",
      CADDY_HTTP_PORT: String(httpPort),
      CADDY_HTTPS_PORT: String(httpsPort),
      CADDY_LOG: path.join(home, "access.log"),
      XDG_DATA_HOME: home,
      XDG_CONFIG_HOME: home,
      HOME: home,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  caddy.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  // Ready once its authority has issued the certificate for "localhost".
  const root = path.join(home, "caddy", "pki", "authorities", "local", "root.crt");
  await expect.poll(() => fs.existsSync(root) && /certificate obtained successfully|serving initial configuration/.test(log), { timeout: 30_000, message: log }).toBe(true);
  ca = fs.readFileSync(root);
  await expect.poll(async () => (await viaHttps("/").catch(() => ({ status: 0 }))).status, { timeout: 20_000 }).toBe(200);
});

test.afterAll(async () => {
  caddy?.kill("SIGTERM");
  await site?.stop();
  fs.rmSync(home, { recursive: true, force: true });
});

test("https works with a certificate from Caddy's authority, and http redirects to it", async () => {
  const home = await viaHttps("/");
  expect(home.status).toBe(200);
  expect(home.body).toContain("<html");
  const redirect = await new Promise<Answer>((resolve, reject) => {
    http.get({ host: "127.0.0.1", port: httpPort, path: "/blog?x=1", headers: { host: "localhost" } }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode!, headers: flatten(res.headers), body: "" }));
    }).once("error", reject);
  });
  expect([301, 308]).toContain(redirect.status);
  // To https on the same name, path and query kept (the port is the standard one in production).
  const target = new URL(redirect.headers.location!);
  expect([target.protocol, target.hostname, target.pathname + target.search]).toEqual(["https:", "localhost", "/blog?x=1"]);
  // An unknown certificate authority is refused: the test really checks the chain.
  await expect(new Promise((resolve, reject) => https.get({ host: "127.0.0.1", servername: "localhost", port: httpsPort, headers: { host: "localhost" } }, resolve).once("error", reject))).rejects.toThrow();
});

test("every kind of page carries the headers over https: HSTS for a year, the policies, Secure cookies; and it is compressed", async () => {
  const [post] = readDb<{ slug: string }>(site.dbFile, "select slug from posts where status = 'published' and published_at <= ? limit 1", Date.now());
  for (const pathname of ["/", "/blog", `/blog/${post!.slug}`, "/contact"]) {
    const answer = await viaHttps(pathname, { headers: { "accept-encoding": "gzip" } });
    expectObservatoryHeaders({ url: pathname, headers: answer.headers }, "cached", true);
    expect(answer.headers["content-encoding"], pathname).toMatch(/gzip|zstd/);
  }
  for (const pathname of ["/contact/sent", "/admin/login"]) expectObservatoryHeaders({ url: pathname, headers: (await viaHttps(pathname)).headers }, "per-request", true);
  // The contact form's token cookie: Secure, with the name only a secure page may set.
  const contactCookie = (await viaHttps("/contact")).headers["set-cookie"]!.split("\n");
  expect(contactCookie.map((cookie) => cookie.split("=")[0])).toEqual(["__Secure-contact_form"]);
  expectSafeCookies(contactCookie, true);
  const csrf = await viaHttps("/api/auth/csrf");
  const cookies = csrf.headers["set-cookie"]!.split("\n");
  expect(cookies.map((cookie) => cookie.split("=")[0])).toEqual(expect.arrayContaining(["__Host-next-auth.csrf-token", "__Secure-next-auth.callback-url"]));
  expectSafeCookies(cookies, true);
});

/** Signs in through Caddy from `localAddress`, with a forged X-Forwarded-For; the callback's answer. */
async function signInThroughCaddy(localAddress: string, password: string, forged: string): Promise<Answer> {
  const csrf = await viaHttps("/api/auth/csrf", { localAddress });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = csrf.headers["set-cookie"]!.split("\n").map((c) => c.split(";")[0]).join("; ");
  const body = new URLSearchParams({ csrfToken, email: OWNER.email, password, json: "true" }).toString();
  return viaHttps("/api/auth/callback/credentials", {
    method: "POST",
    localAddress,
    body,
    headers: { cookie, origin: `https://localhost:${httpsPort}`, "content-type": "application/x-www-form-urlencoded", "content-length": String(Buffer.byteLength(body)), "x-forwarded-for": forged },
  });
}

test("the client's own address reaches the throttles and the session list, whatever X-Forwarded-For it sends", async () => {
  // Five wrong passwords from 127.0.0.3, each claiming another address: locked all the same.
  for (let i = 0; i < 5; i++) expect((await signInThroughCaddy("127.0.0.3", `wrong password ${i}`, `198.51.100.${i}`)).status).toBe(401);
  const locked = await signInThroughCaddy("127.0.0.3", OWNER.password, "198.51.100.77");
  expect(decodeURIComponent(JSON.parse(locked.body).url as string)).toContain("Try again in 15 minutes");
  // From 127.0.0.4 the owner signs in, and the session records that address.
  const signedIn = await signInThroughCaddy("127.0.0.4", OWNER.password, "198.51.100.99");
  expect(signedIn.status).toBe(200);
  expect(signedIn.headers["set-cookie"]).toMatch(/__Secure-next-auth\.session-token=/);
  expectSafeCookies(signedIn.headers["set-cookie"]!.split("\n"), true);
  const sessions = readDb<{ address: string }>(site.dbFile, "select address from sessions order by created_at desc limit 1");
  expect(sessions[0]!.address).toBe("127.0.0.4");
});
