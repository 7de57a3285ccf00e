import { UPLOAD_TOO_LARGE_MESSAGE } from "@/lib/media/upload-limit.mjs";

/** An upload as the editor uses it: its address, size and the library's description. */
export type UploadedImage = { id: number; url: string; width: number | null; height: number | null; alt: string };

export type UploadAnswer = { kind: "ok"; media: UploadedImage } | { kind: "expired" } | { kind: "error"; message: string };

/** Sends one image to the upload route (checked, resized and stored there). */
export async function uploadImage(file: File): Promise<UploadAnswer> {
  const body = new FormData();
  body.append("file", file);
  try {
    const response = await fetch("/admin/api/media", { method: "POST", body });
    if (response.status === 401) return { kind: "expired" };
    const data = (await response.json().catch(() => null)) as { ok: boolean; error?: string; media?: UploadedImage } | null;
    if (!data?.ok || !data.media) return { kind: "error", message: data?.error ?? (response.status === 413 ? UPLOAD_TOO_LARGE_MESSAGE : "The upload failed.") };
    return { kind: "ok", media: data.media };
  } catch {
    return { kind: "error", message: "The upload failed: the connection dropped." };
  }
}

/** The image files among what was pasted or dropped. */
export function imageFiles(data: DataTransfer | null): File[] {
  return data ? Array.from(data.files).filter((file) => file.type.startsWith("image/")) : [];
}
