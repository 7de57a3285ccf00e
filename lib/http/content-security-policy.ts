// The Content-Security-Policy of every response, in one place (docs/architecture.md, "Security headers").
//
// Pages rendered per request (the admin, sign-in, setup, the contact form) get a fresh
// nonce from proxy.ts: only scripts Next marks with it run, and what they load
// ('strict-dynamic'). The cached public pages are one HTML for every visitor, so they
// cannot carry a nonce: their scripts are Next's own files ('self') and the framework's
// own inline scripts, listed by their hashes once per version of the page
// (lib/http/response-finish.mjs). Only scripts of the framework's exact shapes are listed:
// the flight data's bootstrap, a push of one JSON string, Turbopack's chunk list. An
// inline script of any other shape in a cached page, stored by whatever means, is not
// listed, does not run, and the server logs it. Never 'unsafe-eval' in production, nothing
// from another origin. A response the server cannot read whole (a HEAD before any GET,
// say) keeps the fallback, 'unsafe-inline' in place of the hashes; post bodies are
// sanitized to an allowlist with no scripts, event handlers or javascript: links
// (lib/posts/sanitize-html.ts).
//
// Plain module (no server-only): proxy.ts imports it, and register() hands the cached
// pages' policies to scripts/server.mjs, which sets them on every response that brings none.

/** What every policy shares: nothing framed, no plugins, no <base>, forms only to this site. */
function common(): string[] {
  return [
    "default-src 'self'",
    // Style attributes (React's, the editor's) need 'unsafe-inline'; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "media-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ];
}

/**
 * The fallback for the cached public pages, and every other response that sets no policy
 * of its own; `dev` adds 'unsafe-eval' for the development build's overlay (never in production).
 */
export function cachedPagePolicy(dev = false): string {
  return [`script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`, ...common()].join("; ");
}

/** For a cached page whose inline scripts are these ('sha256-…' sources). */
export function hashedPagePolicy(hashes: string[]): string {
  return [["script-src 'self'", ...hashes].join(" "), ...common()].join("; ");
}

/**
 * For a page rendered per request: `nonce` is fresh for this response. `dev` adds
 * 'unsafe-eval', which `next dev` (never the production build) needs for its error overlay.
 */
export function noncePagePolicy(nonce: string, dev = false): string {
  return [`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`, ...common()].join("; ");
}

/** One year, subdomains too: sent only when SITE_URL is https. */
export const HSTS = "max-age=31536000; includeSubDomains";
