// What scripts/server.mjs refuses before Next sees a request, each with a 4xx and a short
// plain answer (never a stack, never a 500). The route facts it reads (limits, the public
// form, the sign-in pages, the refresh route) are lib/http/routes.mjs, which the app reads too.
//
// - A method other than GET, HEAD or POST: 405 (TRACE included).
// - A URL that is not a path, is too long, whose %-escapes do not decode (/blog/%E0%A4%A),
//   or that decodes to control characters (a line break to forge a log line or a header): 400.
// - A body larger than its route takes, or one whose size is not declared: 413 / 411. An
//   admin body over the pre-auth limit (16 KB) is taken only from a live session, asked
//   before a byte of it is read (401 without one): nobody unknown can make the server
//   parse megabytes.
// - A POST whose Origin is not SITE_URL's (scheme, host and port), or that has none: 403.
//   Browsers send Origin on every POST, form or fetch; server actions are POSTs to pages.
// - A POST to a public page that has no form (only the contact form's pages take one): 405.
// - A POST to a page (a server action) whose body does not parse as the form data or the
//   action reply it claims to be: 400. Next would throw on it and answer 500. Only bodies
//   within the pre-auth limit are read here (a signed-in user's large form is Next's alone,
//   so nothing is parsed twice at any size that costs).
// - The framework's image optimizer (/_next/image): 404. Uploads are served by /media/[name].
// - Headers a client could forge: x-middleware-subrequest always; X-Forwarded-* and
//   X-Real-IP unless TRUST_PROXY (Next then fills X-Forwarded-For from the socket).
//
// All of it is string checks on the request line and headers for a GET, so the cached
// pages stay as fast as they were (bench/README.md).
import { IncomingMessage } from "node:http";
import { bodyLimit, isAdminPath, isPagePath, NO_ORIGIN_PATHS, PUBLIC_FORM_PATHS } from "./routes.mjs";

const ALLOWED_METHODS = new Set(["GET", "HEAD", "POST"]);
const MAX_URL_LENGTH = 4096;
const CONTROL = /[\u0000-\u001f\u007f]/;
const FORWARDED = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-forwarded-prefix", "x-real-ip", "forwarded"];

function refuse(res, status, message, headers = {}) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Content-Length": Buffer.byteLength(message), ...headers });
  res.end(message);
  return true;
}

/** The contact form posted without JavaScript gets a page it can go back from, not a bare 413. */
function tooLargePage(res, pathname) {
  if (!PUBLIC_FORM_PATHS.has(pathname)) return refuse(res, 413, "Payload too large.");
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Message too long</title>
<main style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5">
<h1>Your message is too long to send</h1>
<p>Nothing was sent. Please go back, shorten what you wrote, and send it again. If it is urgent, call the office.</p>
<p><a href="${pathname}">Back to the contact form</a></p></main></html>`;
  res.writeHead(413, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Content-Length": Buffer.byteLength(html) });
  res.end(html);
  return true;
}

export const pathOf = (url) => {
  const queryAt = url.indexOf("?");
  return queryAt === -1 ? url : url.slice(0, queryAt);
};

/**
 * Refuses `req` on `res` and returns true, or cleans its headers and returns false (Next
 * answers it, after admitPost() for a POST). `options`: { trustProxy, siteOrigin }.
 */
export function refuseBadRequest(req, res, { trustProxy, siteOrigin }) {
  delete req.headers["x-middleware-subrequest"];
  if (!trustProxy) for (const name of FORWARDED) delete req.headers[name];

  const method = req.method ?? "";
  if (!ALLOWED_METHODS.has(method)) return refuse(res, 405, "Method not allowed.", { Allow: "GET, HEAD, POST" });

  const url = req.url ?? "";
  if (url.length > MAX_URL_LENGTH) return refuse(res, 414, "URI too long.");
  if (!url.startsWith("/") || url.startsWith("//")) return refuse(res, 400, "Bad request.");
  const queryAt = url.indexOf("?");
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  if (url.includes("%")) {
    try {
      // Both parts: Next and next-auth decode them and answer a broken escape with a 500.
      if (CONTROL.test(decodeURIComponent(pathname))) return refuse(res, 400, "Bad request.");
      if (queryAt !== -1 && CONTROL.test(decodeURIComponent(url.slice(queryAt + 1).replace(/\+/g, " ")))) return refuse(res, 400, "Bad request.");
    } catch {
      return refuse(res, 400, "Bad request.");
    }
  }

  if (pathname.startsWith("/_next/image")) return refuse(res, 404, "Not found.");

  if (method === "POST") {
    const length = req.headers["content-length"];
    if (length === undefined) {
      if (req.headers["transfer-encoding"]) return refuse(res, 411, "Length required.");
    } else if (!/^\d{1,12}$/.test(length)) {
      return refuse(res, 400, "Bad request.");
    } else if (Number(length) > bodyLimit(pathname, true)) {
      // Over the most anyone may send there, signed in or not: no need to ask who it is.
      return tooLargePage(res, pathname);
    }
    if (!NO_ORIGIN_PATHS.has(pathname) && req.headers.origin !== siteOrigin) return refuse(res, 403, "Forbidden: this request did not come from this site.");
    if (isPagePath(pathname) && !isAdminPath(pathname) && !PUBLIC_FORM_PATHS.has(pathname)) return refuse(res, 405, "Method not allowed.", { Allow: "GET, HEAD" });
  }
  return false;
}

/**
 * The second half for a POST that refuseBadRequest() let through: a body over the pre-auth
 * limit needs a live session (`isSignedIn(req)`, asked from the cookie alone); a page POST
 * within that limit (every public form, every sign-in) is read and must parse. Refuses and
 * returns null, or returns the request Next is to read, with its body intact.
 */
export async function admitPost(req, res, { isSignedIn }) {
  const pathname = pathOf(req.url ?? "/");
  const length = Number(req.headers["content-length"] ?? 0);
  if (length > bodyLimit(pathname, false)) {
    if (length > bodyLimit(pathname, true)) {
      tooLargePage(res, pathname);
      return null;
    }
    // A size only a session may send, from someone whose session has ended (a long form
    // saved after signing out elsewhere): what stops it is the session, so say that.
    if (!(await isSignedIn(req))) {
      refuse(res, 401, "Your session has ended. Sign in again.");
      return null;
    }
    return req;
  }
  if (!isPagePath(pathname)) return req;
  return checkedPagePost(req, res, pathname);
}

/**
 * Reads a small page POST's body and checks that it parses: a multipart body as form data,
 * a fetch action's text body as JSON. Refuses with 400 and returns null, or returns a
 * request Next can read the same body from.
 */
async function checkedPagePost(req, res, pathname) {
  const chunks = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += chunk.length;
      // A body longer than it said it was (or one with no length at all) stops here.
      if (size > bodyLimit(pathname, false)) {
        tooLargePage(res, pathname);
        return null;
      }
      chunks.push(chunk);
    }
  } catch {
    refuse(res, 400, "Bad request.");
    return null;
  }
  const body = Buffer.concat(chunks);
  const type = String(req.headers["content-type"] ?? "");
  const multipart = /^multipart\/form-data/i.test(type);
  // The public forms' actions take a form, which the browser always sends as multipart.
  if (req.headers["next-action"] && !multipart && !isAdminPath(pathname)) {
    refuse(res, 400, "Bad request: the form data could not be read.");
    return null;
  }
  try {
    if (multipart) await new Response(body, { headers: { "content-type": type } }).formData();
    else if (req.headers["next-action"]) JSON.parse(body.toString("utf8"));
  } catch {
    refuse(res, 400, "Bad request: the form data could not be read.");
    return null;
  }
  return replay(req, body);
}

/** A request with the same line, headers and socket as `req`, whose body is `body`, from the start. */
function replay(req, body) {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.headers = req.headers;
  copy.rawHeaders = req.rawHeaders;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.complete = true;
  if (body.length) copy.push(body);
  copy.push(null);
  return copy;
}
