// The one way the site is served: `npm start` (production), `npm run dev` (`--dev`: the
// same server around Next's development build) and the systemd unit. Next's request
// handler behind a plain Node HTTP server, so that the client's address comes from the
// socket, and so that what Next's extension points cannot do happens before and after it:
// - before: lib/http/request-gate.mjs refuses what Next would answer with a 500 or should
//   never see (unknown methods, broken URLs, oversized bodies, POSTs from other origins,
//   large bodies without a session) and drops headers a client could forge; an imported
//   site's old addresses get their 301 (lib/http/old-address.mjs); the visit beacon and the
//   contact form's token are answered here;
// - after: lib/http/response-finish.mjs gives the cached pages their exact
//   Content-Security-Policy and ETag, and gzips (the one place a response is changed).
// Everything else is Next's own: proxy.ts (the nonce pages' CSP, the admin's early
// redirect), next.config.ts (headers, limits), instrumentation.ts (start-up).
//
// `next start` and `next dev` on their own would run without any of this:
// instrumentation.ts refuses to start them and says to use these commands.
//
// Where to listen comes from lib/platform/env.ts, through instrumentation.ts's register(),
// which Next starts while preparing the app: the server listens once the database is
// migrated, and stops on a bad setting. Requests wait until the cached public pages are
// dropped (lib/platform/startup.ts), so nobody sees what the build saw.
import fs from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import nextEnv from "@next/env";
import { redirectOldAddress } from "../lib/http/old-address.mjs";
import { admitPost, refuseBadRequest } from "../lib/http/request-gate.mjs";
import { trackRequest } from "../lib/http/request-activity.mjs";
import { startInTurn } from "../lib/http/request-turns.mjs";
import { finishResponse } from "../lib/http/response-finish.mjs";
import { BEACON_BODY_LIMIT, BEACON_PATH, FORM_TOKEN_PAGES, FORM_TOKEN_PATHS, REFRESH_TOKEN_HEADER } from "../lib/http/routes.mjs";

const dev = process.argv.includes("--dev");
process.env.NODE_ENV ??= dev ? "development" : "production";
const { default: next } = await import("next");
// Where a start's time goes, said once it serves (performance.now() counts from the process's start).
const loadedNext = performance.now();

// Relative paths (DATABASE_URL, the migrations) are the site folder's, wherever it is started from.
const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const registered = new Promise((resolve) => {
  globalThis.__siteStarted = resolve;
});
// In production, Next is handed the build's own copy of next.config.ts, as its standalone
// server (output: "standalone") is: reading the .ts file loads Next's compiler at every
// start, 25 MB of the server's memory for good. Next then skips the .env files, read here
// as it would. scripts/start.mjs rebuilds when next.config.ts is newer than the build.
if (!dev) {
  nextEnv.loadEnvConfig(root, false);
  const built = JSON.parse(fs.readFileSync(path.join(root, ".next", "required-server-files.json"), "utf8"));
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(built.config);
}
// Next needs the address it is served at before it starts (a server action that
// redirects fetches the target from there); lib/platform/env.ts validates these same values.
const app = next({ dev, turbopack: dev, dir: root, port: Number(process.env.PORT ?? 3000), hostname: process.env.HOST ?? process.env.HOSTNAME ?? "localhost" });
const handle = app.getRequestHandler();
await app.prepare();
const prepared = performance.now();
const start = await registered;
if (!start) process.exit(1); // register() printed what is wrong
const { port, host, trustProxy, siteOrigin, defaultHeaders, pagePolicy, isSignedIn, oldAddressTarget, answerBeacon, formTokenCookie, whenListening, stopServices } = start;
const gate = { trustProxy, siteOrigin, isSignedIn };
const headerEntries = Object.entries(defaultHeaders);

let ready;
const isReady = new Promise((resolve) => (ready = resolve));

// Each request starts on its own turn of the event loop, so that new connections are taken
// in while the server is busy (lib/http/request-turns.mjs).
// Each is counted while it is answered, so an import gives way (lib/http/request-activity.mjs).
const server = createServer((req, res) => {
  trackRequest(res);
  startInTurn(() =>
    serve(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end();
    }),
  );
});

async function serve(req, res) {
  // The cached pages' fallback policy and HSTS, on every answer, refusals too; a page that
  // sets its own policy (proxy.ts's nonce, /media's sandbox) replaces this one.
  for (const [name, value] of headerEntries) res.setHeader(name, value);
  if (refuseBadRequest(req, res, gate)) return;
  if (req.method === "POST") {
    req = await admitPost(req, res, gate);
    if (!req) return;
  }
  // The server's own start-up request (lib/http/public-pages.ts checks its token) goes first.
  if (!req.headers[REFRESH_TOKEN_HEADER]) await isReady;
  if (redirectOldAddress(req, res, oldAddressTarget)) return;
  if (req.method === "POST" && req.url === BEACON_PATH) return beacon(req, res);
  const pathname = req.url.split("?", 1)[0];
  if (req.method === "GET" && FORM_TOKEN_PATHS.has(pathname)) return formToken(req, res, FORM_TOKEN_PATHS.get(pathname));
  finishResponse(req, res, pagePolicy, formPageHeaders(req, pathname));
  await handle(req, res);
}

/**
 * The contact page comes from the cache, one HTML for all; what each visitor needs of their
 * own, the form's signed token, goes beside it in a cookie (lib/inquiries/form-token.ts),
 * and no shared cache may keep it. Not with the router's fetches (prefetches among them):
 * the form asks /contact/token itself when it appears without a page load.
 */
function formPageHeaders(req, pathname) {
  if ((req.method !== "GET" && req.method !== "HEAD") || !FORM_TOKEN_PAGES.has(pathname)) return undefined;
  const cookie = req.headers.rsc ? undefined : formTokenCookie(req.headers.cookie, pathname);
  return { "Cache-Control": "private, no-store", ...(cookie && { "Set-Cookie": cookie }) };
}

function formToken(req, res, pagePath) {
  const cookie = formTokenCookie(req.headers.cookie, pagePath);
  res.writeHead(204, { "Cache-Control": "no-store", ...(cookie && { "Set-Cookie": cookie }) }).end();
}

/** The visit beacon, answered here rather than by a route through Next (lib/visits/beacon-answer.ts says why). */
async function beacon(req, res) {
  let body = "";
  req.setEncoding("utf8");
  for await (const chunk of req) {
    body += chunk;
    // The gate admitted at most BEACON_BODY_LIMIT by Content-Length; a body longer than it said is not read on.
    if (body.length > BEACON_BODY_LIMIT) break;
  }
  const status = body.length > BEACON_BODY_LIMIT ? 413 : answerBeacon(req, body);
  res.writeHead(status, { "Cache-Control": "no-store" }).end();
}

// The development build's live reload talks over a WebSocket.
if (dev) server.on("upgrade", app.getUpgradeHandler());

server.listen(port, host, async () => {
  try {
    await whenListening(`http://${loopbackFor(host)}:${port}`);
  } catch (error) {
    console.error(`[startup] could not refresh the cached pages: ${error.message}`);
    process.exit(1);
  }
  ready();
  console.log(`Serving on http://${host ?? "localhost"}:${port}${dev ? " (development build)" : ""}${trustProxy ? " (trusting X-Forwarded-For)" : ""}`);
  const ms = (t) => `${Math.round(t)} ms`;
  console.log(`[startup] ready ${ms(performance.now())} after the process started: Next loaded at ${ms(loadedNext)}, the app and the database prepared at ${ms(prepared)}`);
});

// SIGTERM (systemd stopping the service) or Ctrl-C: stop taking connections, answer the
// requests already in, then stop the timers, let mail in flight go and close the
// database (its write-ahead log folded in). Ten seconds at most.
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    console.log(`[shutdown] ${signal}: finishing requests in progress`);
    setTimeout(() => process.exit(1), 10_000).unref();
    server.close(async () => {
      await stopServices();
      console.log("[shutdown] done");
      process.exit(0);
    });
    server.closeIdleConnections();
  });
}

/** An address of this machine that the server answers on, for its own requests. */
function loopbackFor(listening) {
  if (!listening || listening === "0.0.0.0") return "127.0.0.1";
  if (listening === "::") return "[::1]";
  return listening.includes(":") ? `[${listening}]` : listening;
}
