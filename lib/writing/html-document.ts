// A saved post body (sanitized HTML) as the writing checks read it, for the scores the server
// keeps with each post. The editor builds the same shape from its own document.
import { Parser } from "htmlparser2";
import type { DocBlock, PostDocument } from "./post-document";

const BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "blockquote"]);

export function htmlDocument(html: string): PostDocument {
  const doc: PostDocument = { blocks: [], links: [], images: [] };
  const open: string[] = [];
  let text = "";
  let link: { href: string; from: number } | null = null;

  const kindOf = (): Pick<DocBlock, "kind" | "level"> => {
    const heading = [...open].reverse().find((t) => /^h[1-6]$/.test(t));
    if (heading) return { kind: "heading", level: Number(heading[1]) };
    if (open.includes("figcaption")) return { kind: "caption", level: 0 };
    if (open.includes("li")) return { kind: "list-item", level: 0 };
    if (open.includes("blockquote")) return { kind: "quote", level: 0 };
    return { kind: "paragraph", level: 0 };
  };
  const flush = () => {
    if (text.trim()) doc.blocks.push({ ...kindOf(), text: text.replace(/\s+/g, " ") });
    text = "";
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (BLOCKS.has(name)) {
          flush();
          open.push(name);
        } else if (name === "a") link = { href: attributes.href ?? "", from: text.length };
        else if (name === "img") doc.images.push({ alt: attributes.alt ?? "", block: doc.blocks.length });
        else if (name === "br") text += " ";
      },
      onclosetag(name) {
        if (BLOCKS.has(name)) {
          flush();
          const at = open.lastIndexOf(name);
          if (at >= 0) open.splice(at, 1);
        } else if (name === "a" && link) {
          doc.links.push({ href: link.href, text: text.slice(link.from), block: doc.blocks.length, start: link.from, end: text.length });
          link = null;
        }
      },
      ontext(chunk) {
        text += chunk;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return doc;
}
