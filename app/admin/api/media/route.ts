import { listLibraryPicks } from "@/db/media";
import { requireActionUser } from "@/lib/accounts/auth";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_REQUEST_BYTES, UPLOAD_TOO_LARGE_MESSAGE } from "@/lib/media/upload-limit.mjs";
import { mediaUrl, storeImage } from "@/lib/media/media-storage";
import { isSameOrigin } from "@/lib/http/same-origin";

/**
 * Uploads an image (field "file") for a cover or the body; the bytes decide whether it is
 * one, not its name or type, and its header whether it has too many pixels. Answers with
 * what the editor inserts: its address, size and the library's description.
 */
export async function POST(request: Request) {
  const user = await requireActionUser();
  if (!isSameOrigin(request)) return Response.json({ ok: false, error: "Refused." }, { status: 403 });
  const tooLarge = () => Response.json({ ok: false, error: UPLOAD_TOO_LARGE_MESSAGE }, { status: 413 });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_REQUEST_BYTES) return tooLarge();
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get("file");
  } catch {
    return Response.json({ ok: false, error: "Choose an image file." }, { status: 400 });
  }
  if (!(file instanceof File)) return Response.json({ ok: false, error: "Choose an image file." }, { status: 400 });
  if (file.size > MAX_UPLOAD_BYTES) return tooLarge();
  const stored = await storeImage(new Uint8Array(await file.arrayBuffer()), user.id);
  if (!stored.ok) return Response.json({ ok: false, error: stored.error }, { status: 400 });
  const { id, fileName, width, height, alt } = stored.media;
  return Response.json({ ok: true, media: { id, url: mediaUrl(fileName), width, height, alt } }, { headers: { "Cache-Control": "no-store" } });
}

/** The library for the editor's image picker: every upload, newest first, with its description. */
export async function GET() {
  await requireActionUser();
  const items = listLibraryPicks().map(({ id, fileName, width, height, alt }) => ({ id, url: mediaUrl(fileName), width, height, alt }));
  return Response.json({ ok: true, media: items }, { headers: { "Cache-Control": "no-store" } });
}
