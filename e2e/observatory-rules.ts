import { expect, type APIResponse } from "@playwright/test";

// The MDN HTTP Observatory's header tests, asserted per page type (its scanner cannot run
// offline). docs/architecture.md, "Security headers", lists which each page type passes.
//
// content-security-policy: present; no 'unsafe-eval'; no http:, https:, data: or * in
//   script-src; object-src 'none'; frame-ancestors 'none' (clickjacking); base-uri
//   'none'; form-action 'self'. Per-request pages: a nonce with 'strict-dynamic';
//   cached pages: the hashes of their inline scripts. Neither has 'unsafe-inline'.
// x-content-type-options: nosniff.  x-frame-options: DENY.
// referrer-policy: one of the private values.  cross-origin-resource-sharing: no
//   Access-Control-Allow-Origin.  cookies: Secure over https, HttpOnly, SameSite.
// strict-transport-security (https only): at least six months (here a year, subdomains).

export type PageKind = "cached" | "per-request";

export function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

/**
 * Fails with what is missing when a response breaks one of the Observatory's header rules
 * for its kind of page. `response`: Playwright's, or a URL and its headers (lower-case names).
 */
export function expectObservatoryHeaders(response: APIResponse | { url: string; headers: Record<string, string> }, kind: PageKind, https = false) {
  const headers = "status" in response ? response.headers() : response.headers;
  const url = "status" in response ? response.url() : response.url;
  const policy = headers["content-security-policy"];
  expect(policy, `${url}: Content-Security-Policy`).toBeTruthy();
  expect(policy!.split(",").length, `${url}: one policy`).toBe(1);
  const csp = directives(policy!);
  const script = csp.get("script-src") ?? csp.get("default-src") ?? [];
  expect(script, `${url}: no eval`).not.toContain("'unsafe-eval'");
  for (const source of script) expect(["http:", "https:", "data:", "*"], `${url}: script-src ${source}`).not.toContain(source);
  expect(csp.get("object-src"), `${url}: object-src`).toEqual(["'none'"]);
  expect(csp.get("frame-ancestors"), `${url}: frame-ancestors`).toEqual(["'none'"]);
  expect(csp.get("base-uri"), `${url}: base-uri`).toEqual(["'none'"]);
  expect(csp.get("form-action"), `${url}: form-action`).toEqual(["'self'"]);
  if (kind === "per-request") {
    expect(script.some((source) => /^'nonce-[A-Za-z0-9+/=_-]{16,}'$/.test(source)), `${url}: a nonce`).toBe(true);
    expect(script, `${url}: strict-dynamic`).toContain("'strict-dynamic'");
  } else {
    expect(script[0], `${url}: cached pages`).toBe("'self'");
    for (const source of script.slice(1)) expect(source, `${url}: cached pages list hashes`).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  }
  expect(script, `${url}: no unsafe-inline`).not.toContain("'unsafe-inline'");
  expect(headers["x-content-type-options"], `${url}: nosniff`).toBe("nosniff");
  expect(headers["x-frame-options"], `${url}: X-Frame-Options`).toBe("DENY");
  expect(["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"], `${url}: Referrer-Policy`).toContain(headers["referrer-policy"]);
  expect(headers["access-control-allow-origin"], `${url}: no CORS`).toBeUndefined();
  if (https) expect(headers["strict-transport-security"], `${url}: HSTS`).toBe("max-age=31536000; includeSubDomains");
  else expect(headers["strict-transport-security"], `${url}: no HSTS over http`).toBeUndefined();
}

/** The Observatory's cookie rule: every cookie HttpOnly (the CSRF one too) and SameSite; Secure over https. */
export function expectSafeCookies(setCookies: string[], https = false) {
  for (const cookie of setCookies) {
    const name = cookie.split("=")[0];
    expect(cookie, `${name}: HttpOnly`).toMatch(/;\s*HttpOnly/i);
    expect(cookie, `${name}: SameSite`).toMatch(/;\s*SameSite=(Lax|Strict)/i);
    if (https) expect(cookie, `${name}: Secure`).toMatch(/;\s*Secure/i);
  }
}
