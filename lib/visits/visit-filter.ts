// Which requests are not a person reading the site: bots, prefetches and prerenders, and
// the firm's own signed-in users. And which visitors asked not to be tracked.
import { isbot } from "isbot";

type HeaderGetter = { get(name: string): string | null };

/** Why a beacon is not counted, or undefined when it is a visit. `sessionCookie` is next-auth's cookie name. */
export function notCountedBecause(headers: HeaderGetter, sessionCookie: string): "bot" | "prefetch" | "signed-in" | undefined {
  const userAgent = headers.get("user-agent") ?? "";
  if (!userAgent || isbot(userAgent)) return "bot";
  const purpose = `${headers.get("sec-purpose") ?? ""} ${headers.get("purpose") ?? ""} ${headers.get("x-purpose") ?? ""} ${headers.get("x-moz") ?? ""}`;
  if (/prefetch|prerender|preview/i.test(purpose)) return "prefetch";
  // The cookie's presence is enough: a lapsed session is still the firm's own browser.
  const cookies = headers.get("cookie") ?? "";
  if (cookies.includes(`${sessionCookie}=`) || cookies.includes(`${sessionCookie}.0=`)) return "signed-in";
  return undefined;
}

/** Global Privacy Control or Do Not Track: counted as a visit, with no visitor key. */
export function asksNotToBeTracked(headers: HeaderGetter): boolean {
  return headers.get("sec-gpc") === "1" || headers.get("dnt") === "1";
}
