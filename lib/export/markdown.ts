// A post body (the sanitizer's small set of tags) as Markdown, for the export: what a
// static-site generator or another blog reads. Anything unexpected keeps its text.
import { parseDocument } from "htmlparser2";

type Node = { type: string; name?: string; data?: string; attribs?: Record<string, string>; children?: Node[] };

const escapeText = (text: string) => text.replace(/([\\`*_[\]#<>])/g, "\\$1");

function inline(nodes: Node[] = []): string {
  return nodes
    .map((node) => {
      if (node.type === "text") return escapeText((node.data ?? "").replace(/\s+/g, " "));
      const inner = inline(node.children);
      switch (node.name) {
        case "strong":
          return inner.trim() ? `**${inner}**` : "";
        case "em":
          return inner.trim() ? `*${inner}*` : "";
        case "a":
          return `[${inner}](${node.attribs?.href ?? ""})`;
        case "br":
          return "  \n";
        case "img":
          return `![${(node.attribs?.alt ?? "").replace(/[[\]]/g, "")}](${node.attribs?.src ?? ""})`;
        default:
          return inner;
      }
    })
    .join("");
}

function block(node: Node, depth = 0): string {
  if (node.type === "text") return (node.data ?? "").trim() ? escapeText((node.data ?? "").trim()) : "";
  const children = node.children ?? [];
  switch (node.name) {
    case "p":
      return inline(children).trim();
    case "h2":
      return `## ${inline(children).trim()}`;
    case "h3":
      return `### ${inline(children).trim()}`;
    case "blockquote":
      return children
        .map((c) => block(c, depth))
        .filter(Boolean)
        .join("\n\n")
        .split("\n")
        .map((line) => `> ${line}`.trimEnd())
        .join("\n");
    case "ul":
    case "ol":
      return children
        .filter((c) => c.name === "li")
        .map((li, i) => {
          const marker = node.name === "ol" ? `${i + 1}.` : "-";
          const nested = (li.children ?? []).filter((c) => c.name === "ul" || c.name === "ol");
          const text = inline((li.children ?? []).filter((c) => c.name !== "ul" && c.name !== "ol" && c.name !== "p")) + (li.children ?? []).filter((c) => c.name === "p").map((p) => inline(p.children)).join(" ");
          return `${"  ".repeat(depth)}${marker} ${text.trim()}${nested.map((n) => `\n${block(n, depth + 1)}`).join("")}`;
        })
        .join("\n");
    case "figure": {
      const img = children.find((c) => c.name === "img");
      const caption = children.find((c) => c.name === "figcaption");
      return [img ? inline([img]) : "", caption ? `*${inline(caption.children).trim()}*` : ""].filter(Boolean).join("\n");
    }
    default:
      return inline([node]).trim();
  }
}

export function htmlToMarkdown(html: string): string {
  const doc = parseDocument(html) as unknown as Node;
  return (doc.children ?? [])
    .map((n) => block(n))
    .filter(Boolean)
    .join("\n\n")
    .concat("\n");
}

/** YAML front matter; every value is written as JSON, which YAML reads as the same value. */
export function frontMatter(fields: Record<string, unknown>): string {
  const lines = Object.entries(fields)
    .filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${k}: ${JSON.stringify(v instanceof Date ? v.toISOString() : v)}`);
  return `---\n${lines.join("\n")}\n---\n\n`;
}
