import { NextResponse, type NextRequest } from "next/server";
import { noncePagePolicy } from "./lib/http/content-security-policy";
import { SIGN_IN_PATHS } from "./lib/http/routes.mjs";

// Runs only for the pages rendered per request (the admin, sign-in, setup, the contact
// form's answer without JavaScript and its receipt), never for the cached public pages
// (the contact page among them): there it would cost as much as
// serving them, and they cannot carry a nonce anyway (lib/http/content-security-policy.ts).
//
// 1. A fresh nonce: Next reads it from the request's Content-Security-Policy and marks
//    its own scripts with it; the same policy goes out on the response.
// 2. An early redirect to the sign-in for admin visitors with no session cookie at all. It
//    is a convenience, not the check: every admin page, action and route calls lib/accounts/auth.ts.
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
  // `next dev` needs eval for its error overlay; the production build never gets it.
  const policy = noncePagePolicy(nonce, process.env.NODE_ENV === "development");

  // The sign-in pages (sign in, setup, password reset) are for people without a session.
  const guarded = pathname === "/admin" || (pathname.startsWith("/admin/") && !SIGN_IN_PATHS.has(pathname.replace(/\/$/, "")));
  const hasSessionCookie =
    request.cookies.has("next-auth.session-token") || request.cookies.has("__Secure-next-auth.session-token");
  if (guarded && !hasSessionCookie && request.method === "GET") {
    const login = new URL("/admin/login", request.url);
    login.searchParams.set("next", pathname + search);
    return NextResponse.redirect(login);
  }

  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  // Tells requireUser() in the admin layout where to come back to after a sign-in.
  if (guarded) headers.set("x-return-path", pathname + search);
  // Tells the contact form's answer page (app/(site)/contact/answer) that it was posted to,
  // not opened. Always set here, so a visitor cannot send it.
  headers.set("x-form-answer", request.method === "POST" ? "1" : "0");
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Not the Import screen's upload route (lib/http/routes.mjs IMPORT_PATH): Next holds a body
  // in memory for the proxy, and only its first 10 MB, so an export larger than that would
  // reach the route cut short. The route has nothing of the proxy's to miss (no page, no
  // nonce) and checks its session itself.
  matcher: ["/admin", "/admin/((?!api/import$).*)", "/contact/:path+", "/es/contact/:path+"],
};
