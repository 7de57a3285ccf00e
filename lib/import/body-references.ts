// Reading and rewriting the images and links of an imported body, with the same parser the
// sanitizer uses (sanitize-html with everything allowed and only these two tags changed).
import sanitize from "sanitize-html";

export type BodyImage = { src: string; alt: string | undefined; attachmentId: string | undefined };

const everything: sanitize.IOptions = { allowedTags: false, allowedAttributes: false, allowVulnerableTags: true, parseStyleAttributes: false };

/** The images of a body, in order, with their alt text (undefined when there is none at all). */
export function listBodyImages(html: string): BodyImage[] {
  const images: BodyImage[] = [];
  sanitize(html, {
    ...everything,
    transformTags: {
      img: (tagName, attribs) => {
        const src = attribs.src || attribs["data-src"] || attribs["data-lazy-src"];
        if (src) images.push({ src, alt: attribs.alt, attachmentId: /\bwp-image-(\d+)\b/.exec(attribs.class ?? "")?.[1] });
        return { tagName, attribs };
      },
    },
  });
  return images;
}

export type Rewrites = {
  /** The new src and alt for an image's old src, or undefined to drop it. */
  image: (src: string) => { src: string; alt: string } | undefined;
  /** The new href for a link, or undefined to keep it. */
  link: (href: string) => string | undefined;
};

export function rewriteBody(html: string, rewrites: Rewrites): string {
  return sanitize(html, {
    ...everything,
    transformTags: {
      img: (tagName, attribs) => {
        const src = attribs.src || attribs["data-src"] || attribs["data-lazy-src"] || "";
        const found = src ? rewrites.image(src) : undefined;
        // srcset and sizes name the old site's copies: the public page offers ours instead.
        const rest = Object.fromEntries(Object.entries(attribs).filter(([name]) => name !== "srcset" && name !== "sizes"));
        // No src: the sanitizer drops the image (one that could not be fetched).
        return { tagName, attribs: found ? { ...rest, src: found.src, alt: found.alt } : { ...rest, src: "" } };
      },
      a: (tagName, attribs) => {
        const moved = attribs.href ? rewrites.link(attribs.href) : undefined;
        return { tagName, attribs: moved ? { ...attribs, href: moved } : attribs };
      },
    },
  });
}
