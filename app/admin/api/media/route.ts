import { requireActionUser } from "@/lib/auth";
import { MAX_IMAGE_BYTES } from "@/lib/image-type";
import { mediaUrl, storeImage } from "@/lib/media-storage";
import { isSameOrigin } from "@/lib/same-origin";

/** Uploads a cover image (field "file"); the bytes decide whether it is one, not its name or type. */
export async function POST(request: Request) {
  const user = await requireActionUser();
  if (!isSameOrigin(request)) return Response.json({ ok: false, error: "Refused." }, { status: 403 });
  const tooLarge = () => Response.json({ ok: false, error: "The image is larger than 5 MB." }, { status: 413 });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMAGE_BYTES + 64 * 1024) return tooLarge();
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get("file");
  } catch {
    return Response.json({ ok: false, error: "Choose an image file." }, { status: 400 });
  }
  if (!(file instanceof File)) return Response.json({ ok: false, error: "Choose an image file." }, { status: 400 });
  if (file.size > MAX_IMAGE_BYTES) return tooLarge();
  const stored = storeImage(new Uint8Array(await file.arrayBuffer()), user.id);
  if (!stored.ok) return Response.json({ ok: false, error: stored.error }, { status: 400 });
  const { id, fileName, width, height } = stored.media;
  return Response.json({ ok: true, media: { id, url: mediaUrl(fileName), width, height } }, { headers: { "Cache-Control": "no-store" } });
}
