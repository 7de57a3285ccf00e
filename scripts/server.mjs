// The production server: Next's request handler behind a plain Node HTTP server, so
// that the client's address comes from the socket. Unless TRUST_PROXY is set, headers
// a client could forge are dropped before Next sees them: X-Forwarded-For (Next then
// fills it from the socket) and x-middleware-subrequest (a known proxy-bypass trick).
//
// Where to listen comes from lib/env.ts, through instrumentation.ts's register(), which
// Next starts while preparing the app (without waiting for it): the server listens once
// the database is migrated, and stops on a bad setting.
import { createServer } from "node:http";
import path from "node:path";

process.env.NODE_ENV ??= "production";
const { default: next } = await import("next");

const root = path.resolve(import.meta.dirname, "..");
// Next needs the address it is served at before it starts (a server action that
// redirects fetches the target from there); lib/env.ts validates these same values.
const app = next({ dev: false, dir: root, port: Number(process.env.PORT ?? 3000), hostname: process.env.HOST ?? process.env.HOSTNAME ?? "localhost" });
const handle = app.getRequestHandler();
const registered = new Promise((resolve) => {
  globalThis.__siteStarted = resolve;
});
await app.prepare();
const listen = await registered;
if (!listen) process.exit(1); // register() printed which setting is wrong
const { port, host, trustProxy } = listen;

createServer((req, res) => {
  delete req.headers["x-middleware-subrequest"];
  if (!trustProxy) {
    delete req.headers["x-forwarded-for"];
    delete req.headers["x-real-ip"];
  }
  handle(req, res);
}).listen(port, host, () => {
  console.log(`Serving on http://${host ?? "localhost"}:${port}${trustProxy ? " (trusting X-Forwarded-For)" : ""}`);
});
