// Which paths the beacon may count: the public pages that exist, with the post each one
// shows. Anything else (the admin, a made-up path, a 404) is not counted, so nobody can
// fill the report with addresses of their own. Answers are kept a minute: a page's views
// cost one lookup a minute, not one each.
import "server-only";
import { findPublicPostBySlug } from "@/db/posts";
import { findPublicProfileBySlug } from "@/db/profiles";
import { findPublicTag } from "@/db/tags";
import type { PostKind } from "@/db/schema";
import { hasTranslatedProfile } from "@/db/translations/profile-translations";
import { findPublicTranslatedTag } from "@/db/translations/tag-translations";
import { findPublicTranslation } from "@/db/translations/translations";

/** `postId`: the post the page shows; for a translation, its English original's (its views count for the post in both languages). */
export type CountedPath = { path: string; postId: number | null; kind: PostKind | null };

const FIXED = new Set(["/", "/blog", "/contact", "/contact/sent", "/search", "/practice-areas"]);
const SLUG = "[a-z0-9][a-z0-9-]{0,199}";
const BLOG_POST = new RegExp(`^/blog/(${SLUG})$`);
const BLOG_PAGE = /^\/blog\/page\/([2-9]|[1-9][0-9]{1,3})$/;
const TAG = new RegExp(`^/blog/tag/(${SLUG})$`);
const PRACTICE_AREA = new RegExp(`^/practice-areas/(${SLUG})$`);
const ATTORNEY = new RegExp(`^/attorneys/(${SLUG})$`);
const FIRM_PAGE = new RegExp(`^/(${SLUG})$`);
// The Spanish site (app/es): the same shapes under /es, each looked up in Spanish.
const SPANISH = /^\/es(\/.*)?$/;


function post(slug: string, kind: PostKind, path: string): CountedPath | null {
  const found = findPublicPostBySlug(slug, new Date(), kind);
  return found ? { path, postId: found.id, kind } : null;
}

function translation(slug: string, kind: PostKind, path: string): CountedPath | null {
  const found = findPublicTranslation("es", slug, kind);
  return found ? { path, postId: found.id, kind } : null;
}

/** A page of the Spanish site, `rest` its address after /es ("/" for its home). */
function lookUpSpanish(rest: string, path: string): CountedPath | null {
  if (FIXED.has(rest) || BLOG_PAGE.test(rest)) return { path, postId: null, kind: null };
  let match = BLOG_POST.exec(rest);
  if (match) return translation(match[1]!, "post", path);
  if ((match = PRACTICE_AREA.exec(rest))) return translation(match[1]!, "practice_area", path);
  if ((match = TAG.exec(rest))) return findPublicTranslatedTag("es", match[1]!) ? { path, postId: null, kind: null } : null;
  if ((match = ATTORNEY.exec(rest))) return hasTranslatedProfile("es", match[1]!) ? { path, postId: null, kind: null } : null;
  if ((match = FIRM_PAGE.exec(rest))) return translation(match[1]!, "page", path);
  return null;
}

function lookUp(path: string): CountedPath | null {
  const spanish = SPANISH.exec(path);
  if (spanish) return lookUpSpanish(spanish[1] ?? "/", path);
  if (FIXED.has(path) || BLOG_PAGE.test(path)) return { path, postId: null, kind: null };
  let match = BLOG_POST.exec(path);
  if (match) return post(match[1]!, "post", path);
  if ((match = PRACTICE_AREA.exec(path))) return post(match[1]!, "practice_area", path);
  if ((match = TAG.exec(path))) return findPublicTag(match[1]!) ? { path, postId: null, kind: null } : null;
  if ((match = ATTORNEY.exec(path))) return findPublicProfileBySlug(match[1]!) ? { path, postId: null, kind: null } : null;
  if ((match = FIRM_PAGE.exec(path)) && match[1] !== "admin") return post(match[1]!, "page", path);
  return null;
}

const TTL_MS = 60_000;
const MAX_ENTRIES = 5_000;
type Cache = { at: number; paths: Map<string, CountedPath | null> };
// On globalThis: the beacon route and the contact action are separate module instances.
const holder = globalThis as unknown as { __countedPaths?: Cache };

/** The public page at `path` (no query), or null when there is none to count. */
export function countedPath(path: string, now = Date.now()): CountedPath | null {
  let cache = holder.__countedPaths;
  // Dropped whole once a minute (or when a flood of made-up paths fills it): simpler than an LRU, and as cheap.
  if (!cache || now - cache.at > TTL_MS || cache.paths.size >= MAX_ENTRIES) cache = holder.__countedPaths = { at: now, paths: new Map() };
  const known = cache.paths.get(path);
  if (known !== undefined) return known;
  const found = lookUp(path);
  cache.paths.set(path, found);
  return found;
}

/** For tests: forget what was looked up. */
export function forgetCountedPaths(): void {
  holder.__countedPaths = undefined;
}
