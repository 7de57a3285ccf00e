import { requireActionUser } from "@/lib/accounts/auth";
import { saveFromEditor } from "@/lib/posts/post-save";
import { readJson } from "@/lib/http/read-json";
import { refreshPublicPages } from "@/lib/http/public-pages";
import { scheduleChanged } from "@/lib/publishing/publication-watch";
import { isSameOrigin } from "@/lib/http/same-origin";
import { parseId } from "@/lib/http/url-params";

/** The editor's save, publish, schedule and unpublish (autosave comes here too). */
export async function POST(request: Request, { params }: RouteContext<"/admin/api/posts/[id]">) {
  const user = await requireActionUser();
  if (!isSameOrigin(request)) return Response.json({ ok: false, error: "Refused." }, { status: 403 });
  const id = parseId((await params).id);
  if (id === undefined) return Response.json({ ok: false, error: "This post no longer exists." }, { status: 404 });
  const outcome = saveFromEditor(user, id, await readJson(request));
  if (outcome.publicChanged) {
    refreshPublicPages();
    scheduleChanged();
  }
  return Response.json(outcome.body, { status: outcome.status, headers: { "Cache-Control": "no-store" } });
}
