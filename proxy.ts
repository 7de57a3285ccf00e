import { NextResponse, type NextRequest } from "next/server";
import { findRedirectedSlug } from "@/db/posts";

export function proxy(request: NextRequest) {
  return request.nextUrl.pathname.startsWith("/blog/") ? movedPost(request) : adminGate(request);
}

// A published post whose slug changed answers at its old address with a 301 to the new
// one. (A page can only send 307/308; the post page still follows the redirect itself
// for a request that never came through here.)
function movedPost(request: NextRequest) {
  let slug: string;
  try {
    slug = decodeURIComponent(request.nextUrl.pathname.slice("/blog/".length));
  } catch {
    return NextResponse.next();
  }
  const moved = findRedirectedSlug(slug);
  if (!moved) return NextResponse.next();
  return NextResponse.redirect(new URL(`/blog/${moved}`, request.url), 301);
}

// An early redirect for visitors with no session cookie at all. It is a convenience,
// not the check: every admin page, action and route calls lib/auth.ts itself.
function adminGate(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hasSessionCookie =
    request.cookies.has("next-auth.session-token") || request.cookies.has("__Secure-next-auth.session-token");
  if (hasSessionCookie || request.method !== "GET") {
    // Tells requireUser() in the admin layout where to come back to after a sign-in.
    const headers = new Headers(request.headers);
    headers.set("x-return-path", pathname + search);
    return NextResponse.next({ request: { headers } });
  }
  const login = new URL("/admin/login", request.url);
  login.searchParams.set("next", pathname + search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/admin", "/admin/((?!login|setup).*)", "/blog/:slug"],
};
