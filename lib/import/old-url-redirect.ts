// Where an old site's address leads now. WordPress and Ghost addresses end in "/" (or are
// ?p=ID), which none of this site's own addresses do: scripts/server.mjs asks here for
// those requests only and answers 301 in one hop, before Next would add its own
// trailing-slash redirect. The same address without the slash reaches the catch-all page
// (app/(site)/[...old]/page.tsx) or a page's not-found branch, which ask here too.
import "server-only";
import { findOldUrl } from "@/db/old-urls";
import { publicPath } from "@/lib/posts/post-paths";
import { requestPathKey } from "./old-paths";

const OLD_QUERY = /[?&](p|page_id)=(\d{1,12})(?:&|$)/;

/** The key of a request path and query, or undefined when it cannot be an old address. */
function keyOf(pathname: string, search: string): string | undefined {
  const query = OLD_QUERY.exec(search);
  const segments = pathname.split("/").filter(Boolean);
  if (query) return requestPathKey(segments, { key: query[1]!, value: query[2]! });
  return segments.length ? requestPathKey(segments) : undefined;
}

export function oldUrlTarget(key: string): string | undefined {
  const found = findOldUrl(key);
  if (!found) return undefined;
  return "targetPath" in found ? found.targetPath : publicPath(found.kind, found.slug);
}

/** For scripts/server.mjs: the new path for a WordPress- or Ghost-shaped request URL, or undefined (Next answers it). */
export function oldAddressRedirect(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const at = url.indexOf("?");
  const pathname = at === -1 ? url : url.slice(0, at);
  const search = at === -1 ? "" : url.slice(at);
  // Cheap tests first: this runs before Next for every request.
  const oldShaped = (pathname.length > 1 && pathname.endsWith("/")) || (search !== "" && OLD_QUERY.test(search));
  if (!oldShaped || pathname.startsWith("/_next/") || pathname.startsWith("/admin")) return undefined;
  try {
    const key = keyOf(pathname, search);
    return key ? oldUrlTarget(key) : undefined;
  } catch {
    return undefined; // a malformed path: Next answers it
  }
}

/** For the catch-all page: where `segments` (and for "/" a ?p= query) lead, if anywhere. */
export function oldPathTarget(segments: string[]): string | undefined {
  return segments.length ? oldUrlTarget(requestPathKey(segments)) : undefined;
}
