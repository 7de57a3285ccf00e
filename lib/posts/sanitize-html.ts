import "server-only";
import sanitize from "sanitize-html";

// The allowlist for post bodies: what the editor can make, nothing more. Everything
// else (scripts, styles, event handlers, iframes, ids, other classes) is dropped.
// (h1 and h4 too: they become h2 and h3 below, and the filter sees the name they came with.)
const EMPTY_CANDIDATES = new Set(["p", "h1", "h2", "h3", "h4", "blockquote", "figcaption"]);

// An image in the body is one of this site's uploads as it was sent (the public page
// offers its resized variants: components/blog/post-body.tsx), in a figure whose class is its
// size. Anything else a browser would fetch (another site, data:, a variant's own name) is not.
export const BODY_IMAGE_SRC = /^\/media\/[a-f0-9]{32}\.(?:jpg|png|webp)$/;
export const FIGURE_SIZES = ["image-small", "image-medium", "image-wide"] as const;
const DIMENSION = /^\d{1,5}$/;

const options: sanitize.IOptions = {
  allowedTags: ["p", "h2", "h3", "strong", "em", "a", "ul", "ol", "li", "blockquote", "br", "figure", "img", "figcaption"],
  allowedAttributes: { a: ["href", "rel", "target"], img: ["src", "alt", "width", "height"], figure: ["class"] },
  allowedClasses: { figure: [...FIGURE_SIZES] },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // No empty paragraphs, headings or captions (blank lines, leftovers of dropped markup), no
  // image without an upload to show, no figure without its image (its text stays).
  exclusiveFilter: (frame) => {
    if (frame.tag === "img") return !frame.attribs.src;
    // A figure of text (pasted from elsewhere) keeps its text, without the figure.
    if (frame.tag === "figure" && !frame.mediaChildren.includes("img")) return "excludeTag";
    return EMPTY_CANDIDATES.has(frame.tag) && frame.mediaChildren.length === 0 && frame.text.replace(/[\s\u00a0\u200b]/g, "") === "";
  },
  // b/i come from pasted documents; keep their meaning in the tags we allow.
  transformTags: {
    b: "strong",
    i: "em",
    h1: "h2",
    h4: "h3",
    img: (tagName, attribs) => ({
      tagName,
      attribs: {
        ...(attribs.src && BODY_IMAGE_SRC.test(attribs.src) ? { src: attribs.src } : {}),
        // An empty alt is kept: the writer marked the image decorative.
        ...(attribs.alt !== undefined ? { alt: attribs.alt } : {}),
        ...(attribs.width && DIMENSION.test(attribs.width) ? { width: attribs.width } : {}),
        ...(attribs.height && DIMENSION.test(attribs.height) ? { height: attribs.height } : {}),
      },
    }),
    a: (tagName, attribs) => ({
      tagName,
      attribs: {
        ...(attribs.href ? { href: attribs.href } : {}),
        ...(attribs.target === "_blank" ? { target: "_blank", rel: "noopener noreferrer" } : {}),
      },
    }),
  },
};

// A caption belongs at the end of its figure; one anywhere else (its figure or image
// dropped) is kept as a paragraph. The sanitizer's output is regular enough to read so.
const LOOSE_CAPTION = /<figcaption>((?:(?!<\/figcaption>)[\s\S])*)<\/figcaption>(?!<\/figure>)/g;
function looseCaptions(html: string): string {
  return html.replace(LOOSE_CAPTION, "<p>$1</p>");
}

/**
 * Post HTML reduced to the allowlist. Run on save and again on render. Repeated until it
 * no longer changes (at most three passes): a dropped tag can leave markup that the next
 * parse reads otherwise (`<p><svg><p>x` gives `<p><p>x</p></p>`), and what is stored must
 * be exactly what is shown.
 */
export function sanitizePostHtml(html: string): string {
  let clean = looseCaptions(sanitize(html, options));
  for (let pass = 0; pass < 2; pass++) {
    const again = looseCaptions(sanitize(clean, options));
    if (again === clean) break;
    clean = again;
  }
  return clean;
}
