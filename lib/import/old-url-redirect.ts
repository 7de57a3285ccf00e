// Where an old site's address leads now (the addresses an import brought over, db/old-urls.ts).
// Asked by the request layer for addresses shaped like WordPress's and Ghost's, which it
// answers 301 before Next (lib/http/old-address.mjs), and by the catch-all page and the post
// pages' not-found branch for the same addresses without their trailing slash.
import "server-only";
import { findOldUrl } from "@/db/old-urls";
import { publicPath } from "@/lib/posts/post-paths";
import { requestPathKey } from "./old-paths";

const OLD_QUERY = /[?&](p|page_id)=(\d{1,12})(?:&|$)/;

function oldUrlTarget(key: string): string | undefined {
  const found = findOldUrl(key);
  if (!found) return undefined;
  return "targetPath" in found ? found.targetPath : publicPath(found.kind, found.slug);
}

/** The new path for a request URL (path and query), or undefined (Next answers it). */
export function oldAddressTarget(url: string): string | undefined {
  const at = url.indexOf("?");
  const pathname = at === -1 ? url : url.slice(0, at);
  const query = at === -1 ? null : OLD_QUERY.exec(url.slice(at));
  const segments = pathname.split("/").filter(Boolean);
  if (!query && segments.length === 0) return undefined;
  return oldUrlTarget(requestPathKey(segments, query ? { key: query[1]!, value: query[2]! } : undefined));
}

/** For the pages: where the path `segments` lead, if anywhere. */
export function oldPathTarget(segments: string[]): string | undefined {
  return segments.length ? oldUrlTarget(requestPathKey(segments)) : undefined;
}
