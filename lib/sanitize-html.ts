import "server-only";
import sanitize from "sanitize-html";

// The allowlist for post bodies: what the editor can make, nothing more. Everything
// else (scripts, styles, event handlers, iframes, classes, ids) is dropped.
const EMPTY_CANDIDATES = new Set(["p", "h2", "h3", "blockquote"]);

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

/** Post HTML reduced to the allowlist. Run on save and again on render. */
export function sanitizePostHtml(html: string): string {
  return sanitize(html, options);
}
