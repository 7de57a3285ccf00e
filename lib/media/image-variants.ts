// Uploads are resized once, when they arrive, into a few widths and two modern formats;
// public pages offer them with srcset and never resize anything on request (Next's image
// optimizer is off). The widths fit the article column (48rem) at 1×, 2× and 3×.
import "server-only";
import sharp from "sharp";
import { MAX_IMAGE_PIXELS } from "./image-type";

export const VARIANT_WIDTHS = [480, 960, 1440] as const;

export type VariantFormat = "avif" | "webp";
export const VARIANT_TYPES: Record<VariantFormat, "image/avif" | "image/webp"> = { avif: "image/avif", webp: "image/webp" };

export type ImageVariant = { fileName: string; mimeType: "image/avif" | "image/webp"; width: number; height: number; byteSize: number; bytes: Buffer };

/** The widths an image of `width` pixels is made in: each listed width below it, and its own width when it is narrower than the largest. */
export function variantWidths(width: number): number[] {
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w < width);
  if (width <= VARIANT_WIDTHS.at(-1)! && !widths.includes(width)) widths.push(width);
  return widths.length ? widths : [VARIANT_WIDTHS.at(-1)!];
}

/**
 * Every variant of an image whose header was already checked (lib/media/image-type.ts): turned
 * the way its camera says, metadata (location, camera) left out, at each width as AVIF and
 * WebP. Named `<base>-<width>.<format>`. sharp refuses more pixels than the limit too.
 */
export async function makeVariants(bytes: Uint8Array, base: string, width: number): Promise<ImageVariant[]> {
  const source = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" }).rotate();
  const variants: ImageVariant[] = [];
  for (const target of variantWidths(width)) {
    const resized = source.clone().resize({ width: target, withoutEnlargement: true });
    for (const format of ["avif", "webp"] as const) {
      const encoded = format === "avif" ? resized.clone().avif({ quality: 55, effort: 2 }) : resized.clone().webp({ quality: 78 });
      const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
      variants.push({ fileName: `${base}-${target}.${format}`, mimeType: VARIANT_TYPES[format], width: info.width, height: info.height, byteSize: data.byteLength, bytes: data });
    }
  }
  return variants;
}
