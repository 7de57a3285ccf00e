import { passkeySignInOptions } from "@/lib/accounts/passkeys";
import { isSameOrigin } from "@/lib/http/same-origin";

// The sign-in form's second step asks here for a passkey challenge. Reachable without a
// session by design: it only hands out a one-use challenge (five minutes, kept in memory,
// at most a thousand at once); the password and the signature are checked at sign-in.
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return Response.json({ error: "Refused." }, { status: 403 });
  return Response.json(await passkeySignInOptions(), { headers: { "Cache-Control": "no-store" } });
}
