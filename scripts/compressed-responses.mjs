// Response compression for scripts/server.mjs (Next's own is off: `compress: false`).
//
// Everything compressible is gzipped as Next would do it (the `compression` middleware
// Next bundles), except complete responses that carry an ETag: the cached public pages.
// Those are identical for every visitor until they change, so each is gzipped once, at
// the highest level, and the bytes are kept under their ETag, as nginx's gzip_static
// keeps a .gz beside a file. Gzipping a page anew for every request cost more than
// serving it (bench/README.md).
import { createRequire } from "node:module";
import zlib from "node:zlib";

const require = createRequire(import.meta.url);
const compression = require("next/dist/compiled/compression");
const { releaseCompressionStream } = require("next/dist/server/lib/release-compression-stream");

const compressEach = compression();
const MAX_ENTRIES = 500;
const MAX_BYTES = 32 * 1024 * 1024;
/** ETag (and length) → gzipped body, oldest first. */
const gzipped = new Map();
let keptBytes = 0;

function keep(key, body) {
  gzipped.set(key, body);
  keptBytes += body.length;
  for (const [oldKey, oldBody] of gzipped) {
    if (gzipped.size <= MAX_ENTRIES && keptBytes <= MAX_BYTES) break;
    gzipped.delete(oldKey);
    keptBytes -= oldBody.length;
  }
}

const acceptsGzip = (req) => /\bgzip\b(?!\s*;\s*q=0(?:\.0*)?\b)/i.test(String(req.headers["accept-encoding"] ?? ""));
const compressible = (type) => /^(text\/|application\/(json|javascript|xml|rss\+xml|atom\+xml|manifest\+json)|image\/svg\+xml)/i.test(String(type ?? ""));

/** Sets `res` up to answer `req` compressed when the client accepts gzip. */
export function compressResponse(req, res) {
  compressEach(req, res, () => {});
  // A client that leaves mid-response would leave the middleware's zlib stream behind.
  res.once("close", () => {
    if (!res.writableFinished) releaseCompressionStream(res);
  });
  if (req.method !== "GET" || !acceptsGzip(req)) return;
  const end = res.end;
  res.end = function endWithKeptGzip(chunk, encoding, callback) {
    const etag = res.getHeader("etag");
    if (!chunk || typeof chunk === "function" || !etag || res.headersSent || res.statusCode !== 200 || res.getHeader("content-encoding") || !compressible(res.getHeader("content-type"))) {
      return end.call(this, chunk, encoding, callback);
    }
    const body = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
    const key = `${etag}:${body.length}`;
    let compressed = gzipped.get(key);
    if (!compressed) {
      compressed = zlib.gzipSync(body, { level: 9 });
      keep(key, compressed);
    }
    // "Already encoded": the middleware underneath passes this through untouched.
    res.setHeader("Content-Encoding", "gzip");
    res.setHeader("Content-Length", compressed.length);
    return end.call(this, compressed, typeof encoding === "function" ? encoding : callback);
  };
}
