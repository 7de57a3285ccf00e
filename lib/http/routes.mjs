// The route facts the request layer needs, in one place for the Node server
// (scripts/server.mjs, lib/http/request-gate.mjs) and the app (next.config.ts, the
// refresh route, lib/http/public-pages.ts, the upload route). Plain ESM with no imports
// from the app, because the server loads it before Next.
import { MAX_IMPORT_REQUEST_BYTES } from "../import/import-limit.mjs";
import { MAX_UPLOAD_REQUEST_BYTES } from "../media/upload-limit.mjs";

const KB = 1024;
const MB = 1024 * KB;

/**
 * The contact form's page in each language: served from the cache like a post. Its form's
 * signed token cannot be in a page every visitor shares, so the server gives each visitor
 * theirs in a cookie on the way out (lib/inquiries/form-token.ts).
 */
export const CONTACT_PAGES = { en: "/contact", es: "/es/contact" };
const contactPages = Object.values(CONTACT_PAGES);

/**
 * Where a contact page's form goes when it is sent without JavaScript (React's permalink),
 * so that the answer with its problems is a page rendered per request, with "Error:" in its title.
 */
export const contactAnswerPath = (page) => `${page}/answer`;
/**
 * Asked by a contact page's form as it appears after the router's navigation, which loads no
 * page: gives the visitor a token for that page when they have none. Answered by the server alone.
 */
export const contactTokenPath = (page) => `${page}/token`;

/** Public pages that have a form (a server action). A POST to any other public page is refused. */
export const PUBLIC_FORM_PATHS = new Set(contactPages.flatMap((page) => [page, contactAnswerPath(page)]));

/**
 * Pages that show the contact form: a visit that loads one whole (not the router's prefetch,
 * so that a reader of posts gets no cookie) carries the visitor's form token (scripts/server.mjs).
 */
export const FORM_TOKEN_PAGES = new Set(contactPages);
/** A contact page's token address → the page. */
export const FORM_TOKEN_PATHS = new Map(contactPages.map((page) => [contactTokenPath(page), page]));

/** The admin's pages that take a form before anyone is signed in. */
export const SIGN_IN_PATHS = new Set(["/admin/login", "/admin/setup", "/admin/forgot-password", "/admin/reset-password"]);

/** The server's own request to refresh its cached pages: a POST with no Origin, checked by its token. */
export const REFRESH_PATH = "/api/internal/refresh-pages";
export const REFRESH_TOKEN_HEADER = "x-refresh-token";

/**
 * The visit beacon (answered by scripts/server.mjs): a page and its referrer, a few hundred bytes. Browsers
 * send its Origin (sendBeacon and fetch alike), so it takes the same-origin check as any POST.
 */
export const BEACON_PATH = "/api/visit";
export const BEACON_BODY_LIMIT = 2 * KB;

/** POSTs that carry no Origin by design. */
export const NO_ORIGIN_PATHS = new Set([REFRESH_PATH]);

/** The editor's image upload route: an image and the multipart framing around it. */
export const UPLOAD_PATH = "/admin/api/media";
export const UPLOAD_BODY_LIMIT = MAX_UPLOAD_REQUEST_BYTES;

/** The Import screen's upload route: a whole site's export (the owner's; the route checks the role). */
export const IMPORT_PATH = "/admin/api/import";
export const IMPORT_BODY_LIMIT = MAX_IMPORT_REQUEST_BYTES;

/**
 * What a body may be before the sender is known to be signed in: enough for a sign-in, a
 * setup form or a second-factor code, never enough to cost the server real work.
 */
export const PRE_AUTH_BODY_LIMIT = 16 * KB;

/** A signed-in user's admin forms (a post with its images goes through the upload route). */
export const ADMIN_ACTION_BODY_LIMIT = 2 * MB;

/** The public contact form: long enough for a long story, short enough to be cheap. */
export const PUBLIC_FORM_BODY_LIMIT = 64 * KB;

export const isAdminPath = (pathname) => pathname === "/admin" || pathname.startsWith("/admin/");

/** A page (where a POST is a server action), not a route handler or a framework file. */
export const isPagePath = (pathname) => !pathname.startsWith("/api/") && !pathname.startsWith("/admin/api/") && !pathname.startsWith("/_next/");

/**
 * The most a request body to `pathname` may be: `signedIn` says whether the sender holds a
 * valid session (asked only when the body is larger than the pre-auth limit).
 */
export function bodyLimit(pathname, signedIn) {
  if (pathname === BEACON_PATH) return BEACON_BODY_LIMIT;
  if (isAdminPath(pathname) && !SIGN_IN_PATHS.has(pathname) && signedIn) {
    if (pathname === UPLOAD_PATH) return UPLOAD_BODY_LIMIT;
    if (pathname === IMPORT_PATH) return IMPORT_BODY_LIMIT;
    return ADMIN_ACTION_BODY_LIMIT;
  }
  if (isAdminPath(pathname) || pathname.startsWith("/api/")) return PRE_AUTH_BODY_LIMIT;
  return PUBLIC_FORM_BODY_LIMIT;
}
