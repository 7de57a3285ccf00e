import { passkeySignInOptions } from "@/lib/accounts/passkeys";
import { addressHash, clientAddress } from "@/lib/http/client-address";
import { isSameOrigin } from "@/lib/http/same-origin";

// The sign-in form's second step asks here for a passkey challenge. Reachable without a
// session by design: it only hands out a one-use challenge (five minutes, a few per client
// address, never one that pushes out another client's); the password and the signature are
// checked at sign-in, from the same address.
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return Response.json({ error: "Refused." }, { status: 403 });
  const options = await passkeySignInOptions(addressHash(clientAddress(request.headers)));
  if (!options) return Response.json({ error: "Busy. Try again in a few minutes." }, { status: 503, headers: { "Retry-After": "60", "Cache-Control": "no-store" } });
  return Response.json(options, { headers: { "Cache-Control": "no-store" } });
}
