// An image sent in a form field (the firm's logo, a lawyer's photo): checked by its bytes
// and stored (and resized) like a cover image (lib/media/media-storage.ts).
import "server-only";
import type { Media } from "@/db/media";
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE_MESSAGE } from "./upload-limit.mjs";
import { storeImage } from "./media-storage";

/** The stored image, "none" when the field was left empty, or why it was refused. */
export async function storeUploadedImage(form: FormData, field: string, uploadedBy: number): Promise<{ ok: true; media: Media } | { ok: "none" } | { ok: false; error: string }> {
  const file = form.get(field);
  if (!(file instanceof File) || file.size === 0) return { ok: "none" };
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, error: UPLOAD_TOO_LARGE_MESSAGE };
  return storeImage(new Uint8Array(await file.arrayBuffer()), uploadedBy);
}
