import { requireActionUser } from "@/lib/auth";
import { saveFromEditor } from "@/lib/post-save";
import { readJson } from "@/lib/read-json";
import { isSameOrigin } from "@/lib/same-origin";

/** The editor's save, publish, schedule and unpublish (autosave comes here too). */
export async function POST(request: Request, { params }: RouteContext<"/admin/api/posts/[id]">) {
  const user = await requireActionUser();
  if (!isSameOrigin(request)) return Response.json({ ok: false, error: "Refused." }, { status: 403 });
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id < 1) return Response.json({ ok: false, error: "This post no longer exists." }, { status: 404 });
  const outcome = saveFromEditor(user, id, await readJson(request));
  return Response.json(outcome.body, { status: outcome.status, headers: { "Cache-Control": "no-store" } });
}
