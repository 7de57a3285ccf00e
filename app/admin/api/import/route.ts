import fs from "node:fs";
import { z } from "zod";
import { requireActionUser } from "@/lib/accounts/auth";
import { isSameOrigin } from "@/lib/http/same-origin";
import { prepareRun, startPreparingRun } from "@/lib/import/import-run";
import { MAX_IMPORT_BYTES, MAX_IMPORT_REQUEST_BYTES } from "@/lib/import/import-limit.mjs";
import { readUploadForm, UploadProblem, type UploadedForm } from "@/lib/import/upload-file";

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
const back = (problem: string) => seeOther(`/admin/import?problem=${problem}`);

/**
 * Owner only. The Import screen's form (works without JavaScript): an export file, read to
 * disk as it arrives (lib/import/upload-file.ts), or a site's address. Reads and plans it
 * (the dry run; an address in the background), then shows the run's report.
 */
export async function POST(request: Request) {
  const user = await requireActionUser({ role: "owner" });
  if (!isSameOrigin(request)) return new Response("Refused.", { status: 403 });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_REQUEST_BYTES) return back("too-large");
  let form: UploadedForm;
  try {
    form = await readUploadForm(request.body, request.headers.get("content-type") ?? "", MAX_IMPORT_BYTES);
  } catch (error) {
    return back(error instanceof UploadProblem && error.problem === "too-large" ? "too-large" : "no-source");
  }
  const { file } = form;
  try {
    const parsed = fields.safeParse({ url: form.fields.url, siteUrl: form.fields.siteUrl });
    if (!parsed.success) return back("bad-address");
    const options = { siteUrl: parsed.data.siteUrl || undefined };
    if (file) return seeOther(`/admin/import/${(await prepareRun({ file: file.path }, file.name || "upload", user.id, options)).id}`);
    if (parsed.data.url) return seeOther(`/admin/import/${startPreparingRun({ url: parsed.data.url }, parsed.data.url, user.id, options).id}`);
    return back("no-source");
  } finally {
    if (file) fs.rmSync(file.path, { force: true });
  }
}
