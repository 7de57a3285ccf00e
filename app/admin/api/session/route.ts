import { currentSessionTime, extendSession, requireActionUser } from "@/lib/accounts/auth";
import { isSameOrigin } from "@/lib/http/same-origin";

const noStore = { "Cache-Control": "no-store" };

/** How long the session has left, for the admin's warning (components/admin/account/session-watch.tsx); asking is not activity. */
export async function GET() {
  const time = await currentSessionTime();
  if (!time) return Response.json({ ok: false, error: "Your session has ended." }, { status: 401, headers: noStore });
  return Response.json({ ok: true, ...time }, { headers: noStore });
}

/** "Stay signed in": the session counts as used now. */
export async function POST(request: Request) {
  await requireActionUser();
  if (!isSameOrigin(request)) return Response.json({ ok: false, error: "Refused." }, { status: 403, headers: noStore });
  return Response.json({ ok: true, ...(await extendSession()) }, { headers: noStore });
}
