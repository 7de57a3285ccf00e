import { requireActionUser } from "@/lib/accounts/auth";
import { saveFromEditor } from "@/lib/posts/post-save";
import { isSameOrigin } from "@/lib/http/same-origin";
import { readJson } from "@/lib/http/read-json";

/** The editor's first save of a new post: creates the draft. */
export async function POST(request: Request) {
  const user = await requireActionUser();
  if (!isSameOrigin(request)) return Response.json({ ok: false, error: "Refused." }, { status: 403 });
  const outcome = saveFromEditor(user, null, await readJson(request));
  return Response.json(outcome.body, { status: outcome.status, headers: { "Cache-Control": "no-store" } });
}
