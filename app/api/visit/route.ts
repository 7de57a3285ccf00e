import { sessionCookieName } from "@/lib/accounts/auth-options";
import { clientAddress } from "@/lib/http/client-address";
import { siteUrl } from "@/lib/http/site-url";
import { BEACON_BODY_LIMIT } from "@/lib/http/routes.mjs";
import { recordVisit } from "@/lib/visits/record-visit";

// The visit beacon (components/site/visit-beacon.tsx): public, without a session by design;
// the request gate has already refused other origins and bodies over 2 KB. Every outcome but
// a malformed body answers 204 with nothing in it: a bot or a flood learns nothing from the answer.
export async function POST(request: Request) {
  const body = await request.text();
  const outcome = recordVisit({
    body: body.length > BEACON_BODY_LIMIT ? "" : body,
    headers: request.headers,
    address: clientAddress(request.headers),
    site: siteUrl(),
    sessionCookie: sessionCookieName(),
  });
  const status = outcome === "malformed" ? 400 : outcome === "unknown-page" ? 404 : 204;
  return new Response(null, { status, headers: { "Cache-Control": "no-store" } });
}
