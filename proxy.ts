import { NextResponse, type NextRequest } from "next/server";

// An early redirect for visitors with no session cookie at all. It is a convenience,
// not the check: every admin page, action and route calls lib/auth.ts itself. (The proxy
// runs only for the admin: on the public pages it would cost as much as serving them.)
export function proxy(request: NextRequest) {
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
  matcher: ["/admin", "/admin/((?!login|setup).*)"],
};
