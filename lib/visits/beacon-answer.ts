// The beacon's answer (components/site/visit-beacon.tsx posts to BEACON_PATH). The server
// takes it before Next (scripts/server.mjs): through Next's router a route handler managed
// about 1,000 a second on one core, under the 2,000 the beacon is to stand. The request
// gate has already refused other origins and bodies over 2 KB. Every outcome but a
// malformed body or an unknown page answers 204 with nothing in it: a bot or a flood learns
// nothing from the answer.
import "server-only";
import { sessionCookieName } from "@/lib/accounts/auth-options";
import { clientAddress } from "@/lib/http/client-address";
import { siteUrl } from "@/lib/http/site-url";
import { recordVisit } from "./record-visit";

type RawHeaders = Record<string, string | string[] | undefined>;

/** The status to answer a beacon with `body` and the request's `headers` (Node's, lower-case names). */
export function answerBeacon(body: string, headers: RawHeaders): 204 | 400 | 404 {
  const outcome = recordVisit({
    body,
    headers: {
      get: (name) => {
        const value = headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
      },
    },
    address: clientAddress(headers),
    site: siteUrl(),
    sessionCookie: sessionCookieName(),
  });
  return outcome === "malformed" ? 400 : outcome === "unknown-page" ? 404 : 204;
}
