// The cached public pages' Content-Security-Policy, made exact: a cached page is one HTML
// for every visitor until it changes (its ETag changes with it), so the hashes of its
// inline scripts (the data React hydrates from) can be computed once per ETag and listed
// in its policy instead of 'unsafe-inline'. Any other inline script, one injected by
// whatever means, does not run. Pages rendered per request carry a nonce instead
// (proxy.ts); a response this cannot read whole keeps the fallback policy
// (lib/http/content-security-policy.ts, `cachedPagePolicy()`).
import { createHash } from "node:crypto";

const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc\s*=)[^>]*>([\s\S]*?)<\/script\s*>/gi;
const MAX_ENTRIES = 500;
/** ETag → policy, oldest first. */
const policies = new Map();

/** The 'sha256-…' source of each inline script in `html`, in order, without repeats. */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, body] of html.matchAll(INLINE_SCRIPT)) hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  return [...hashes];
}

/**
 * Sets `res` up to answer a cached HTML page (200 or its 404, an ETag, the fallback policy still in
 * place) with the policy `withHashes(hashes)` instead. `fallback` is the policy
 * scripts/server.mjs set on every response.
 */
export function hashCachedPagePolicy(req, res, fallback, withHashes) {
  if (req.method !== "GET" && req.method !== "HEAD") return;
  const end = res.end;
  res.end = function endWithHashes(chunk, encoding, callback) {
    const etag = res.getHeader("etag");
    if (etag && !res.headersSent && (res.statusCode === 200 || res.statusCode === 404) && res.getHeader("content-security-policy") === fallback && /^text\/html/i.test(String(res.getHeader("content-type") ?? ""))) {
      let policy = policies.get(etag);
      if (!policy && chunk && typeof chunk !== "function") {
        const html = Buffer.isBuffer(chunk) ? chunk.toString("utf8") : String(chunk);
        policy = withHashes(inlineScriptHashes(html));
        policies.set(etag, policy);
        if (policies.size > MAX_ENTRIES) policies.delete(policies.keys().next().value);
      }
      if (policy) res.setHeader("Content-Security-Policy", policy);
    }
    return end.call(this, chunk, encoding, callback);
  };
}
