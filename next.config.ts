import type { NextConfig } from "next";
import { ADMIN_ACTION_BODY_LIMIT } from "./lib/http/routes.mjs";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  // Native module: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Next's in-memory page cache (50 MB unless told). A crawler reading 2,000 of 10,000 posts
  // filled 50 MB and took the server to 389 MB. At 12 MB, least recently used out first, the
  // pages people are reading still stay while a crawler passes: none of them was rendered
  // again while 2,000 other posts were read (bench/README.md, "Ten times the content").
  cacheMaxMemorySize: 12 * 1024 * 1024,
  // Uploads are served as stored by /media/[name]; the framework's image optimizer would
  // resize any of them for any anonymous request (lib/http/request-gate.mjs answers 404 there).
  images: { unoptimized: true },
  // lib/http/response-finish.mjs compresses instead, keeping the gzip of each cached page,
  // and gives it an ETag worked out once per version: Next hashed every page anew for
  // every request it served from its cache.
  compress: false,
  generateEtags: false,
  // Public pages are cached with `revalidate = 60` (app/(site)/layout.tsx): shared caches
  // get `s-maxage=60, stale-while-revalidate=60`, and a page nobody asked for in two
  // minutes is rendered afresh on the next request rather than served stale.
  expireTime: 120,
  experimental: {
    // unauthorized() / forbidden(): actions and route handlers answer 401 / 403.
    authInterrupts: true,
    // A signed-in user's admin forms; every other limit (uploads, the contact form, bodies
    // before a sign-in) is held before Next sees the body (lib/http/routes.mjs).
    serverActions: { bodySizeLimit: ADMIN_ACTION_BODY_LIMIT },
    // Cached pages live in memory only (bounded by cacheMaxMemorySize, least recently used
    // out first): a restart starts clean, and requests for made-up addresses cannot fill
    // the disk with cached 404s.
    isrFlushToDisk: false,
  },
  async redirects() {
    // The blog's pages used to be /blog?page=N; they are /blog/page/N, which can be cached
    // (a page number that is not one answers 404 there).
    return [{ source: "/blog", has: [{ type: "query", key: "page", value: "(?<n>.+)" }], destination: "/blog/page/:n", permanent: true }];
  },
  async rewrites() {
    // Browsers and feed readers still ask for /favicon.ico: the firm's 32 px icon (app/icon.tsx).
    return [{ source: "/favicon.ico", destination: "/icon/32" }];
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Nothing from the admin (inquiries above all) is kept by a browser or proxy cache.
      { source: "/admin/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] },
      { source: "/admin", headers: [{ key: "Cache-Control", value: "no-store" }] },
    ];
  },
};

export default nextConfig;
