// The path of a visit, kept in the tab's sessionStorage by the beacon and sent only with the
// contact form (a hidden field): the visit's first page, the referrer it arrived with, and
// the last post read. Never a cookie, never localStorage: it ends with the tab. Plain module:
// the browser writes it, the server reads it back.
export const VISIT_PATH_FIELD = "visitPath";
export const VISIT_PATH_STORAGE_KEY = "firm-site.visit";

/** A post's or a practice area's page, in English or Spanish: what "the last post read" remembers. */
export const POST_PATH = /^(?:\/es)?\/(blog|practice-areas)\/(?!page\/|tag\/)[a-z0-9][a-z0-9-]{0,199}$/;

export type VisitPath = { first: string; ref: string; last: string };

// Checked by hand, not with zod: this module is in every public page's bundle (the beacon),
// and zod would add about 30 KB gzip to each of them.
const LOCAL_PATH = /^\/(?!\/)[^\s]*$/;
const isLocalPath = (value: unknown): value is string => typeof value === "string" && value.length <= 600 && LOCAL_PATH.test(value);

/** The stored path, or undefined when there is none or it is not what this code writes. */
export function parseVisitPath(text: unknown): VisitPath | undefined {
  if (typeof text !== "string" || text === "" || text.length > 2500) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return undefined;
  const { first, ref, last, ...other } = parsed as Record<string, unknown>;
  if (Object.keys(other).length > 0) return undefined;
  if (!isLocalPath(first) || typeof ref !== "string" || ref.length > 1024 || !(last === "" || isLocalPath(last))) return undefined;
  return { first, ref, last: last as string };
}

/**
 * The path after a view of `page` (path and query) that arrived from `referrer` (already
 * the site's own address for a view inside the visit): a new visit starts with the first
 * page and its referrer; a post's page becomes the last post read.
 */
export function nextVisitPath(stored: VisitPath | undefined, page: string, referrer: string, origin: string): VisitPath {
  const pathname = page.split("?")[0] ?? page;
  const path: VisitPath = stored ?? { first: page.slice(0, 600), ref: referrer.startsWith(origin) ? "" : referrer.slice(0, 1024), last: "" };
  return POST_PATH.test(pathname) ? { ...path, last: pathname } : path;
}
