import fs from "node:fs";
import { z } from "zod";
import { requireActionUser } from "@/lib/accounts/auth";
import { isSameOrigin } from "@/lib/http/same-origin";
import { prepareRun, startPreparingRun } from "@/lib/import/import-run";
import { MAX_IMPORT_BYTES, MAX_IMPORT_REQUEST_BYTES } from "@/lib/import/import-limit.mjs";
import { saveUpload } from "@/lib/import/upload-file";

const fields = z.object({
  url: z.string().trim().max(2000, "The address is too long.").optional(),
  siteUrl: z
    .string()
    .trim()
    .max(300)
    .refine((v) => v === "" || /^https?:\/\/[^\s/]+/i.test(v), "Use the old site's address, such as https://www.old-firm.example.")
    .optional(),
});

// A relative Location: request.url carries the host Next was started with, which may not be
// the one the browser used (and a form's redirect to another origin breaks form-action 'self').
const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
const back = (_request: Request, problem: string) => seeOther(`/admin/import?problem=${problem}`);

/**
 * Owner only. The Import screen's form (works without JavaScript): an export file or a
 * site's address. Reads and plans it (the dry run), then shows the run's report.
 */
export async function POST(request: Request) {
  const user = await requireActionUser({ role: "owner" });
  if (!isSameOrigin(request)) return new Response("Refused.", { status: 403 });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_REQUEST_BYTES) return back(request, "too-large");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return back(request, "no-source");
  }
  const parsed = fields.safeParse({ url: form.get("url") ?? undefined, siteUrl: form.get("siteUrl") ?? undefined });
  if (!parsed.success) return back(request, "bad-address");
  const file = form.get("file");
  const options = { siteUrl: parsed.data.siteUrl || undefined };
  let run;
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_IMPORT_BYTES) return back(request, "too-large");
    const saved = await saveUpload(file);
    try {
      run = await prepareRun({ file: saved }, file.name || "upload", user.id, options);
    } finally {
      fs.rmSync(saved, { force: true });
    }
  } else if (parsed.data.url) {
    run = startPreparingRun({ url: parsed.data.url }, parsed.data.url, user.id, options);
  } else return back(request, "no-source");
  return seeOther(`/admin/import/${run.id}`);
}
