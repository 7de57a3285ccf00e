import { imageSize } from "image-size";
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE_MESSAGE } from "./upload-limit.mjs";

// Read from the header, before anything decodes the pixels: a few kilobytes of PNG can
// claim 65535 × 65535 and cost gigabytes to decode. A phone photo is about 12 megapixels.
export const MAX_IMAGE_PIXELS = 40_000_000;
export const MAX_IMAGE_SIDE = 12_000;

export type ImageType = { mimeType: "image/jpeg" | "image/png" | "image/webp"; extension: "jpg" | "png" | "webp" };

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  return signature.every((byte, i) => bytes[at + i] === byte);
}

/** The image type the bytes themselves say (never the file name or the declared type). */
export function detectImageType(bytes: Uint8Array): ImageType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mimeType: "image/jpeg", extension: "jpg" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mimeType: "image/png", extension: "png" };
  // "RIFF" <size> "WEBP"
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return { mimeType: "image/webp", extension: "webp" };
  return undefined;
}

export type CheckedImage = ImageType & { width: number; height: number; byteSize: number };

/** A JPEG, PNG or WebP up to the upload limit (lib/media/upload-limit.mjs) whose header parses, or the reason it is not accepted. */
export function checkImage(bytes: Uint8Array): { ok: true; image: CheckedImage } | { ok: false; error: string } {
  if (bytes.byteLength === 0) return { ok: false, error: "Choose an image file." };
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return { ok: false, error: UPLOAD_TOO_LARGE_MESSAGE };
  const type = detectImageType(bytes);
  if (!type) return { ok: false, error: "Use a JPEG, PNG or WebP image." };
  try {
    const size = imageSize(bytes);
    const expected = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp" }[type.mimeType];
    if (size.type !== expected || !size.width || !size.height) return { ok: false, error: "The image file is damaged." };
    if (size.width > MAX_IMAGE_SIDE || size.height > MAX_IMAGE_SIDE || size.width * size.height > MAX_IMAGE_PIXELS) {
      return { ok: false, error: "The image has too many pixels (at most 40 megapixels, 12,000 on a side). Use a smaller copy." };
    }
    return { ok: true, image: { ...type, width: size.width, height: size.height, byteSize: bytes.byteLength } };
  } catch {
    return { ok: false, error: "The image file is damaged." };
  }
}
