// Uploaded images on public pages: each offered as AVIF and WebP in the widths made when it
// was uploaded (lib/media/image-variants.ts), with `sizes` from how wide the page shows it, so a
// phone downloads a phone-sized file. Nothing is resized on request.
import "server-only";
import { findMediaWithVariants, type MediaWithVariants } from "@/db/media";
import { mediaUrl } from "./media-storage";

/** The uploads a page shows, by file name, with their variants and the library's description. */
export type PageImages = Map<string, MediaWithVariants>;

const BODY_IMAGE = /<img src="\/media\/([a-f0-9]{32}\.(?:jpg|png|webp))"/g;

/** The uploads a page needs: those in its bodies and its cover (one query for all). */
export function loadPageImages(htmls: string[], ...fileNames: (string | null | undefined)[]): PageImages {
  const names = new Set<string>(fileNames.filter((n): n is string => Boolean(n)));
  for (const html of htmls) for (const [, name] of html.matchAll(BODY_IMAGE)) names.add(name!);
  return findMediaWithVariants([...names]);
}

/** How wide each figure size is shown (app/globals.css), for the browser to pick a file before layout. */
export const FIGURE_SIZES_ATTR: Record<string, string> = {
  "image-small": "(min-width: 40rem) 20rem, 100vw",
  "image-medium": "(min-width: 48rem) 32rem, 100vw",
  "image-wide": "(min-width: 48rem) 48rem, 100vw",
};
/** A cover, or a body image outside a figure: the article's column (48rem at most). */
export const COLUMN_SIZES = "(min-width: 48rem) 48rem, 100vw";

export type Sources = { avif: string; webp: string; fallback: string };

/** srcset values per format, and the file for a browser that takes neither list (the middle WebP). */
export function sourcesFor(item: MediaWithVariants): Sources | undefined {
  const set = (type: string) =>
    item.variants
      .filter((v) => v.mimeType === type)
      .map((v) => `${mediaUrl(v.fileName)} ${v.width}w`)
      .join(", ");
  const webps = item.variants.filter((v) => v.mimeType === "image/webp");
  if (webps.length === 0) return undefined;
  return { avif: set("image/avif"), webp: set("image/webp"), fallback: mediaUrl(webps[Math.floor((webps.length - 1) / 2)]!.fileName) };
}

const escapeAttribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Sanitized body HTML with each upload's <img> made a <picture> of its variants. The
 * description is the library's (edited in one place, lib's media page) unless the writer
 * marked this use decorative (alt=""); an image without variants stays as it is.
 */
export function withResponsiveImages(html: string, images: PageImages): string {
  return html.replace(/(<figure class="(image-small|image-medium|image-wide)">)?<img src="\/media\/([a-f0-9]{32}\.(?:jpg|png|webp))"([^>]*?)\s*\/?>/g, (whole, figureOpen: string | undefined, size: string | undefined, fileName: string, rest: string) => {
    const item = images.get(fileName);
    const sources = item && sourcesFor(item);
    if (!item || !sources) return whole;
    const storedAlt = /\salt="([^"]*)"/.exec(rest)?.[1];
    const alt = storedAlt === "" ? "" : item.alt ? escapeAttribute(item.alt) : (storedAlt ?? "");
    const sizes = size ? FIGURE_SIZES_ATTR[size]! : COLUMN_SIZES;
    const dimensions = item.width && item.height ? ` width="${item.width}" height="${item.height}"` : "";
    return (
      `${figureOpen ?? ""}<picture>` +
      (sources.avif ? `<source type="image/avif" srcset="${sources.avif}" sizes="${sizes}" />` : "") +
      `<source type="image/webp" srcset="${sources.webp}" sizes="${sizes}" />` +
      `<img src="${sources.fallback}" alt="${alt}"${dimensions} loading="lazy" decoding="async" /></picture>`
    );
  });
}
