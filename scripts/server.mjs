// The production server: Next's request handler behind a plain Node HTTP server, so
// that the client's address comes from the socket. scripts/request-gate.mjs refuses what
// Next would answer with a 500 or should never see (unknown methods, broken URLs,
// oversized bodies, POSTs from other origins) and drops headers a client could forge.
//
// Where to listen comes from lib/platform/env.ts, through instrumentation.ts's register(), which
// Next starts while preparing the app (without waiting for it): the server listens once
// the database is migrated, and stops on a bad setting. Requests wait until the cached
// public pages are dropped (lib/platform/startup.ts), so nobody sees what the build saw.
import { createServer } from "node:http";
import path from "node:path";
import { hashCachedPagePolicy } from "./cached-page-policy.mjs";
import { compressResponse } from "./compressed-responses.mjs";
import { admitPagePost, isPagePost, refuseBadRequest } from "./request-gate.mjs";
import { startInTurn } from "./request-turns.mjs";

process.env.NODE_ENV ??= "production";
const { default: next } = await import("next");

// Relative paths (DATABASE_URL, the migrations) are the site folder's, wherever it is started from.
const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
// Next needs the address it is served at before it starts (a server action that
// redirects fetches the target from there); lib/platform/env.ts validates these same values.
const app = next({ dev: false, dir: root, port: Number(process.env.PORT ?? 3000), hostname: process.env.HOST ?? process.env.HOSTNAME ?? "localhost" });
const handle = app.getRequestHandler();
const registered = new Promise((resolve) => {
  globalThis.__siteStarted = resolve;
});
await app.prepare();
const start = await registered;
if (!start) process.exit(1); // register() printed what is wrong
const { port, host, trustProxy, siteOrigin, defaultHeaders, hashedPagePolicy, whenListening, stopServices, oldAddressRedirect } = start;
const gate = { trustProxy, siteOrigin };
const headerEntries = Object.entries(defaultHeaders);

let ready;
const isReady = new Promise((resolve) => (ready = resolve));

// Each request starts on its own turn of the event loop, so that new connections are taken
// in while the server is busy (scripts/request-turns.mjs).
const server = createServer((req, res) => startInTurn(() => serve(req, res)));

async function serve(req, res) {
  // The cached pages' policy and HSTS, on every answer, refusals too; a page that sets its
  // own policy (proxy.ts's nonce, /media's sandbox) replaces this one.
  for (const [name, value] of headerEntries) res.setHeader(name, value);
  if (refuseBadRequest(req, res, gate)) return;
  if (isPagePost(req)) {
    req = await admitPagePost(req, res);
    if (!req) return;
  }
  // The server's own start-up request (lib/http/public-pages.ts checks its token) goes first.
  if (!req.headers["x-refresh-token"]) await isReady;
  // An imported site's old address ("/2019/05/14/a-post/", "/?p=12"): 301 in one hop.
  // Only addresses shaped like those reach the database (lib/import/old-url-redirect.ts).
  if (req.method === "GET" || req.method === "HEAD") {
    const moved = oldAddressRedirect(req.url);
    if (moved) {
      res.writeHead(301, { Location: moved, "Cache-Control": "public, max-age=3600", "Content-Length": 0 });
      res.end();
      return;
    }
  }
  compressResponse(req, res);
  // After compression's hook, so it runs first: it reads the page before it is gzipped.
  hashCachedPagePolicy(req, res, defaultHeaders["Content-Security-Policy"], hashedPagePolicy);
  handle(req, res);
}

server.listen(port, host, async () => {
  try {
    await whenListening(`http://${loopbackFor(host)}:${port}`);
  } catch (error) {
    console.error(`[startup] could not refresh the cached pages: ${error.message}`);
    process.exit(1);
  }
  ready();
  console.log(`Serving on http://${host ?? "localhost"}:${port}${trustProxy ? " (trusting X-Forwarded-For)" : ""}`);
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
