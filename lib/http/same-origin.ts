import "server-only";
import { siteUrl } from "./site-url";

/**
 * True when a state-changing request comes from a page of this site: its Origin is
 * SITE_URL's, scheme, host and port alike. Never the Host or X-Forwarded-Host headers,
 * which a client (or a proxy we do not trust) can set. scripts/server.mjs refuses such
 * POSTs before Next sees them; the admin's JSON routes check again here. SameSite=Lax
 * cookies already keep cross-site POSTs anonymous: this is the second lock.
 */
export function isSameOrigin(request: Request, site = siteUrl()): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  try {
    return new URL(origin).origin === new URL(site).origin;
  } catch {
    return false;
  }
}
