// The production server: Next's request handler behind a plain Node HTTP server, so
// that the client's address comes from the socket. Unless TRUST_PROXY is set, headers
// a client could forge are dropped before Next sees them: X-Forwarded-For (Next then
// fills it from the socket) and x-middleware-subrequest (a known proxy-bypass trick).
import { createServer } from "node:http";
import path from "node:path";

process.env.NODE_ENV ??= "production";
const { default: next } = await import("next");

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST; // unset: every interface, like `next start`
const trustProxy = ["1", "true", "yes"].includes(String(process.env.TRUST_PROXY ?? "").toLowerCase());

const app = next({ dev: false, dir: root, port, hostname: host ?? "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

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
