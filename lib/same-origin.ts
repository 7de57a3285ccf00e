/**
 * True when a state-changing request comes from a page of this site. Server actions
 * check this themselves; the admin's JSON routes call this. SameSite=Lax cookies
 * already keep cross-site POSTs anonymous: this is the second lock.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
