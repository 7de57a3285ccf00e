// The one place the Node server (scripts/server.mjs) changes a response Next wrote: the
// cached pages' exact Content-Security-Policy, their ETag, and gzip. Next's own compression
// and ETags are off (`compress: false`, `generateEtags: false` in next.config.ts); nothing
// here comes from Next's internals.
//
// A cached public page is one HTML for every visitor until it changes, and Next hands it
// over whole, in one `res.end(body)`, the same string from its cache each time (marked
// `x-nextjs-cache`). For it, once per version of the page (the map below is keyed by that
// very string, whose hash V8 keeps with it: finding it again costs nothing like reading it):
// - its policy lists the hashes of the framework's own inline scripts, the bootstrap and
//   the data React hydrates from (below, `frameworkScriptHashes`), instead of
//   'unsafe-inline'. An inline script of any other shape, however it got into the page,
//   is not listed and does not run;
// - its ETag is a hash of it, and a browser or proxy that holds this version gets a 304;
// - its gzip (at the highest level) is kept, as nginx's gzip_static keeps a .gz beside a
//   file. Next hashed, and this layer encoded and gzipped, every cached page anew for every
//   request: together that cost more than serving it (bench/README.md).
// A cached answer that Next writes in pieces (a route's: the sitemap, the feeds) is
// gathered and finished the same way, its bytes the key.
// Everything else compressible (pages rendered per request, streamed or not) is gzipped as
// it goes, flushed with each chunk so a streamed page still arrives in pieces.
import { createHash } from "node:crypto";
import zlib from "node:zlib";

const MAX_ENTRIES = 300;
/** What the kept versions may hold in all: each page's text (the key, kept alive) and its gzip. */
const MAX_KEPT_BYTES = 8 * 1024 * 1024;
/** Smaller bodies gain nothing from gzip (a header and a frame cost more). */
const MIN_GZIP_BYTES = 1024;

// The inline scripts Next 16 writes into a page, exactly: the flight data's bootstrap, a
// push of one JSON string (the page's data, nothing outside the string), and Turbopack's
// list of chunks (one JSON object). JSON-LD (type="application/ld+json") is data, not
// script: browsers never run it, so it needs no hash.
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const BOOTSTRAP = "(self.__next_f=self.__next_f||[]).push([0])";
const FLIGHT_PUSH = /^self\.__next_f\.push\(\[\d+,"(?:[^"\\]|\\.)*"\]\)$/;
const TURBOPACK_CHUNKS = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{[\s\S]*\})\);?$/;

function isFrameworkScript(body) {
  if (body === BOOTSTRAP || FLIGHT_PUSH.test(body)) return true;
  const chunks = TURBOPACK_CHUNKS.exec(body);
  if (!chunks) return false;
  try {
    JSON.parse(chunks[1]);
    return true;
  } catch {
    return false;
  }
}

/**
 * The 'sha256-…' source of each inline script in `html` that is the framework's own, in
 * order, without repeats; `others` counts the inline scripts left out (data blocks aside).
 */
export function frameworkScriptHashes(html) {
  const hashes = new Set();
  let others = 0;
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1];
    if (type && !/^(text|application)\/(javascript|ecmascript)$|^module$/i.test(type)) continue;
    if (isFrameworkScript(body)) hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
    else others++;
  }
  return { hashes: [...hashes], others };
}

/** A map that forgets its least recently used entries beyond `maxEntries` or `maxBytes`. */
function boundedMap(maxEntries, maxBytes = Infinity, sizeOf = () => 0) {
  const entries = new Map();
  let bytes = 0;
  return {
    get(key) {
      const value = entries.get(key);
      // Moved to the end: a Map iterates in insertion order, so the first is the least used.
      if (value !== undefined) {
        entries.delete(key);
        entries.set(key, value);
      }
      return value;
    },
    /** `value` grew by `more` bytes since it was set. */
    grew(more) {
      bytes += more;
    },
    set(key, value) {
      entries.set(key, value);
      bytes += sizeOf(value);
      for (const [oldKey, oldValue] of entries) {
        if (entries.size <= maxEntries && bytes <= maxBytes) break;
        entries.delete(oldKey);
        bytes -= sizeOf(oldValue);
      }
    },
  };
}

/** The versions of cached pages: Next's body (the key) → { size, etag, policy?, gzip? }. */
const versions = boundedMap(MAX_ENTRIES, MAX_KEPT_BYTES, (version) => version.size);

const acceptsGzip = (req) => /\bgzip\b(?!\s*;\s*q=0(?:\.0*)?\b)/i.test(String(req.headers["accept-encoding"] ?? ""));
const compressible = (type) => /^(text\/|application\/(json|javascript|xml|rss\+xml|atom\+xml|manifest\+json|x-component)|image\/svg\+xml)/i.test(String(type ?? ""));
/** Adds Accept-Encoding to Vary, once: shared caches keep the gzipped and the plain answer apart. */
function varyOnEncoding(res) {
  const vary = String(res.getHeader("vary") ?? "");
  if (!/\baccept-encoding\b/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
}

/** writeHead()'s headers argument as [name, value] pairs: an object, [[name, value]…] or Node's flat raw list. */
function headerEntries(headers) {
  if (!headers) return [];
  if (!Array.isArray(headers)) return Object.entries(headers);
  if (Array.isArray(headers[0])) return headers;
  const pairs = [];
  for (let i = 0; i + 1 < headers.length; i += 2) pairs.push([headers[i], headers[i + 1]]);
  return pairs;
}

const toBuffer = (chunk, encoding) => (Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));

/**
 * Sets `res` up to finish Next's answer to `req`. `policy`: { fallback, withHashes(hashes),
 * onOtherScripts(path, count) } — the policy every response starts with, the cached page's
 * policy from its hashes, and what to do about a cached page with inline scripts that are
 * not the framework's. `overrides`: headers this answer gets whatever Next set (the contact
 * page's private Cache-Control and its visitor's form-token cookie), or undefined.
 */
export function finishResponse(req, res, policy, overrides) {
  const gzipWanted = req.method !== "HEAD" && acceptsGzip(req);
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  /** undefined until the headers go: then a zlib stream, or null for "as it is". */
  let stream;
  /**
   * The pieces of a cached answer that Next writes in several (a route's, such as the
   * sitemap or a feed), held until its end to be finished as one (endCached); else undefined.
   */
  let pieces;
  const isCached = () => res.getHeader("x-nextjs-cache") !== undefined && (res.statusCode === 200 || res.statusCode === 404);

  let overridden = !overrides;
  function applyOverrides() {
    if (overridden) return;
    overridden = true;
    for (const [name, value] of Object.entries(overrides)) res.setHeader(name, value);
  }

  /** Decides, as the headers go out, whether the rest is gzipped on the way. */
  function startStream() {
    if (stream !== undefined) return;
    stream = null;
    if (compressible(res.getHeader("content-type"))) varyOnEncoding(res);
    const status = res.statusCode;
    if (!gzipWanted || status === 204 || status === 304 || res.getHeader("content-encoding") || !compressible(res.getHeader("content-type"))) return;
    const length = res.getHeader("content-length");
    if (length !== undefined && Number(length) < MIN_GZIP_BYTES) return;
    res.setHeader("Content-Encoding", "gzip");
    res.removeHeader("Content-Length");
    stream = zlib.createGzip({ level: 6 });
    stream.on("data", (data) => {
      if (!write.call(res, data)) stream.pause();
    });
    stream.on("end", () => end.call(res));
    res.on("drain", () => stream?.resume());
    // A client that leaves mid-answer leaves nothing behind.
    res.once("close", () => stream?.destroy());
  }

  res.writeHead = function finishHead(...args) {
    // writeHead(status, headers) sets the headers first, as Node would.
    const [status, reason, headers] = typeof args[1] === "string" ? args : [args[0], undefined, args[1]];
    for (const [name, value] of headerEntries(headers)) res.setHeader(name, value);
    applyOverrides();
    res.statusCode = status;
    if (pieces) return res;
    // Its headers go with its end, once its ETag and length are known.
    if (stream === undefined && req.method !== "HEAD" && isCached()) {
      pieces = [];
      return res;
    }
    startStream();
    return reason === undefined ? writeHead.call(res, status) : writeHead.call(res, status, reason);
  };

  // Next flushes a streamed answer's headers before its first piece.
  const flushHeaders = res.flushHeaders;
  res.flushHeaders = function finishFlushHeaders() {
    if (!res.headersSent && !pieces) res.writeHead(res.statusCode);
    if (!pieces) flushHeaders.call(res);
  };

  res.write = function finishWrite(chunk, encoding, callback) {
    if (!res.headersSent && !pieces) res.writeHead(res.statusCode);
    if (pieces) {
      pieces.push(toBuffer(chunk, encoding));
      if (typeof callback === "function") callback();
      else if (typeof encoding === "function") encoding();
      return true;
    }
    if (!stream) return write.call(res, chunk, encoding, callback);
    stream.write(toBuffer(chunk, encoding));
    // Each chunk Next writes is a piece of a streamed page the browser can show now.
    stream.flush(zlib.constants.Z_SYNC_FLUSH);
    if (typeof callback === "function") callback();
    else if (typeof encoding === "function") encoding();
    // "Wait for drain" only when the socket itself is full (the stream is paused for it):
    // the response emits drain then. zlib's own buffer is not the socket's.
    return !stream.isPaused();
  };

  res.end = function finishEnd(chunk, encoding, callback) {
    const done = typeof chunk === "function" ? chunk : typeof encoding === "function" ? encoding : callback;
    const given = chunk && typeof chunk !== "function" ? chunk : undefined;
    if (pieces) {
      if (given) pieces.push(toBuffer(given, encoding));
      // Latin-1 keeps every byte as one character: the same bytes make the same key.
      const whole = Buffer.concat(pieces).toString("latin1");
      pieces = undefined;
      return endCached(whole, "latin1", done);
    }
    if (!res.headersSent && given && res.getHeader("x-nextjs-cache") !== undefined && (res.statusCode === 200 || res.statusCode === 404)) {
      return endCached(given, typeof encoding === "string" ? encoding : undefined, done);
    }
    const body = given === undefined ? undefined : toBuffer(given, encoding);
    if (!res.headersSent && body) return endWhole(body, done);
    if (!res.headersSent) res.writeHead(res.statusCode);
    if (!stream) return body ? end.call(res, body, done) : end.call(res, done);
    if (body) stream.write(body);
    if (done) res.once("finish", done);
    stream.end();
    return res;
  };

  /** The version of the cached page whose body is `given`, worked out the first time it is seen. */
  function versionOf(given, encoding) {
    let version = versions.get(given);
    if (version) return version;
    const bytes = toBuffer(given, encoding);
    version = { length: bytes.length, size: typeof given === "string" ? 2 * given.length : bytes.length, etag: `"${createHash("sha256").update(bytes).digest("base64url").slice(0, 27)}"` };
    if (/^text\/html/i.test(String(res.getHeader("content-type") ?? ""))) {
      const { hashes, others } = frameworkScriptHashes(bytes.toString("utf8"));
      if (others > 0) policy.onOtherScripts(req.url ?? "/", others);
      version.policy = policy.withHashes(hashes);
    }
    versions.set(given, version);
    return version;
  }

  /** A cached page, whole: its exact policy, its ETag (a 304 when the client holds it), its kept gzip. */
  function endCached(given, encoding, done) {
    applyOverrides();
    const version = versionOf(given, encoding);
    // A page that set its own policy (a nonce) keeps it.
    if (version.policy && res.getHeader("content-security-policy") === policy.fallback) res.setHeader("Content-Security-Policy", version.policy);
    res.setHeader("ETag", version.etag);
    if (compressible(res.getHeader("content-type"))) varyOnEncoding(res);
    stream = null;
    if (res.statusCode === 200 && notModified(req.headers["if-none-match"], version.etag)) {
      res.removeHeader("Content-Length");
      res.removeHeader("Content-Type");
      res.statusCode = 304;
      writeHead.call(res, 304);
      return end.call(res, done);
    }
    if (gzipWanted && res.statusCode === 200 && version.length >= MIN_GZIP_BYTES && !res.getHeader("content-encoding") && compressible(res.getHeader("content-type"))) {
      if (!version.gzip) {
        version.gzip = zlib.gzipSync(toBuffer(given, encoding), { level: 9 });
        version.size += version.gzip.length;
        versions.grew(version.gzip.length);
      }
      res.setHeader("Content-Encoding", "gzip");
      res.setHeader("Content-Length", version.gzip.length);
      return end.call(res, version.gzip, done);
    }
    // Without gzip (rare: every browser takes it), the text as Next gave it.
    res.setHeader("Content-Length", version.length);
    return end.call(res, given, encoding, done);
  }

  /** Any other answer in one piece: gzipped on the way when it is worth it. */
  function endWhole(body, done) {
    res.setHeader("Content-Length", body.length);
    res.writeHead(res.statusCode);
    if (!stream) return end.call(res, body, done);
    if (done) res.once("finish", done);
    stream.end(body);
    return res;
  }
}

/** Whether an If-None-Match header names `etag` (or is "*"). */
function notModified(header, etag) {
  if (!header) return false;
  return String(header)
    .split(",")
    .some((tag) => {
      const trimmed = tag.trim();
      return trimmed === "*" || trimmed === etag || trimmed === `W/${etag}`;
    });
}
