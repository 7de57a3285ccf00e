import "server-only";
import sanitize from "sanitize-html";

// The allowlist for post bodies: what the editor can make, nothing more. Everything
// else (scripts, styles, event handlers, iframes, classes, ids) is dropped.
// (h1 and h4 too: they become h2 and h3 below, and the filter sees the name they came with.)
const EMPTY_CANDIDATES = new Set(["p", "h1", "h2", "h3", "h4", "blockquote"]);

const options: sanitize.IOptions = {
  allowedTags: ["p", "h2", "h3", "strong", "em", "a", "ul", "ol", "li", "blockquote", "br"],
  allowedAttributes: { a: ["href", "rel", "target"] },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // No empty paragraphs or headings (blank lines, leftovers of dropped markup).
  exclusiveFilter: (frame) => EMPTY_CANDIDATES.has(frame.tag) && frame.text.replace(/[\s\u00a0\u200b]/g, "") === "",
  // b/i come from pasted documents; keep their meaning in the tags we allow.
  transformTags: {
    b: "strong",
    i: "em",
    h1: "h2",
    h4: "h3",
    a: (tagName, attribs) => ({
      tagName,
      attribs: {
        ...(attribs.href ? { href: attribs.href } : {}),
        ...(attribs.target === "_blank" ? { target: "_blank", rel: "noopener noreferrer" } : {}),
      },
    }),
  },
};

/**
 * Post HTML reduced to the allowlist. Run on save and again on render. Repeated until it
 * no longer changes (at most three passes): a dropped tag can leave markup that the next
 * parse reads otherwise (`<p><svg><p>x` gives `<p><p>x</p></p>`), and what is stored must
 * be exactly what is shown.
 */
export function sanitizePostHtml(html: string): string {
  let clean = sanitize(html, options);
  for (let pass = 0; pass < 2; pass++) {
    const again = sanitize(clean, options);
    if (again === clean) break;
    clean = again;
  }
  return clean;
}
