// An imported site's old addresses (issue 21: WordPress's and Ghost's permalinks,
// "/2019/05/14/a-post/", "/?p=12"), answered 301 before Next, in one hop: they end in "/"
// or carry ?p= / ?page_id=, shapes none of this site's own addresses have. Next would
// answer the first with its own trailing-slash redirect (308) to an address that then
// redirects again, and the second is the cached home page, which cannot read its query.
// The same addresses without their slash reach the catch-all page
// (app/(site)/[...old]/page.tsx) or a post page's not-found branch instead.
//
// Only a GET or HEAD of those shapes reaches `findTarget` (lib/import/old-url-redirect.ts,
// a database lookup): every other request pays a string test.
import { isAdminPath } from "./routes.mjs";

const OLD_QUERY = /[?&](?:p|page_id)=\d{1,12}(?:&|$)/;

/** Whether `url` (path and query) has the shape of an old site's address. */
export function mayBeOldAddress(url) {
  const queryAt = url.indexOf("?");
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  if (pathname.startsWith("/_next/") || isAdminPath(pathname) || pathname.startsWith("/api/")) return false;
  return (pathname.length > 1 && pathname.endsWith("/")) || (queryAt !== -1 && OLD_QUERY.test(url.slice(queryAt)));
}

/**
 * Answers `req` on `res` with a 301 to where its old address leads now and returns true,
 * or returns false (Next answers it). `findTarget(url)`: the new path, or undefined.
 */
export function redirectOldAddress(req, res, findTarget) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const url = req.url ?? "/";
  if (!mayBeOldAddress(url)) return false;
  const target = findTarget(url);
  if (!target) return false;
  res.writeHead(301, { Location: target, "Cache-Control": "public, max-age=3600", "Content-Length": 0 });
  res.end();
  return true;
}
