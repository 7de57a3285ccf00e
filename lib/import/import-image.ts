// An image of the old site into the media library, with its resized variants, as if it had
// been uploaded (the same type, size and pixel limits): fetched once per address, across runs.
import "server-only";
import { findImportedMedia, recordImportedMedia } from "@/db/imports";
import type { Media } from "@/db/media";
import { MAX_UPLOAD_BYTES } from "@/lib/media/upload-limit.mjs";
import { storeImage } from "@/lib/media/media-storage";
import { safeFetch } from "./safe-fetch";
import { SAVED_FILES_ORIGIN, savedPageFile } from "./saved-pages-zip";
import { localImage } from "./site-export-zip";

export type ImageResult = { ok: true; media: Media } | { ok: false; error: string };

/** WordPress links a resized copy (photo-300x200.jpg); the original (photo.jpg) is worth trying first. */
export function originalCandidates(url: string): string[] {
  const original = url.replace(/-\d{2,5}x\d{2,5}(\.(?:jpe?g|png|webp))(\?.*)?$/i, "$1");
  return original !== url ? [original, url] : [url];
}

/** Where an image is, absolute; undefined for data: and other addresses that are not fetched. */
export function imageAddress(src: string, siteUrl: string): string | undefined {
  try {
    const url = new URL(src.trim(), siteUrl || undefined);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export type ImageFetchOptions = { userId: number; alt: string; allowLoopback?: boolean; localMediaDir?: string };

export async function importImage(address: string, options: ImageFetchOptions): Promise<ImageResult> {
  const known = findImportedMedia(address);
  if (known) return { ok: true, media: known };
  let lastError = "";
  const local = localImage(options.localMediaDir, address) ?? savedPageFile(options.localMediaDir, address);
  if (local) {
    const stored = await storeImage(local, options.userId);
    if (!stored.ok) return stored;
    recordImportedMedia(address, stored.media.id, options.alt);
    return { ok: true, media: { ...stored.media, alt: stored.media.alt || options.alt } };
  }
  // An image a saved page named that its zip does not hold: there is nowhere to fetch it from.
  if (address.startsWith(`${SAVED_FILES_ORIGIN}/`)) return { ok: false, error: "the zip does not hold it" };
  for (const candidate of originalCandidates(address)) {
    try {
      const answer = await safeFetch(candidate, { maxBytes: MAX_UPLOAD_BYTES, timeoutMs: 30_000, allowLoopback: options.allowLoopback, accept: "image/*" });
      if (answer.status !== 200) {
        lastError = `the old site answered ${answer.status}`;
        continue;
      }
      const stored = await storeImage(answer.bytes, options.userId);
      if (!stored.ok) {
        lastError = stored.error;
        continue;
      }
      recordImportedMedia(address, stored.media.id, options.alt);
      return { ok: true, media: { ...stored.media, alt: stored.media.alt || options.alt } };
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
  }
  return { ok: false, error: lastError };
}
