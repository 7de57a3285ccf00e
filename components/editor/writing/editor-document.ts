import type { Node } from "@tiptap/pm/model";
import type { DocBlock, PostDocument } from "@/lib/writing/post-document";

/**
 * The editor's document as the writing checks read it, with where each block's text starts
 * in the document. Inline pieces that are not text (a line break) count as one character,
 * as they take one position: an offset in a block's text plus its start is a document position.
 */
export function editorDocument(doc: Node): { doc: PostDocument; starts: number[] } {
  const out: PostDocument = { blocks: [], links: [], images: [] };
  const starts: number[] = [];
  doc.descendants((node, pos, parent) => {
    if (node.type.name === "figure") {
      out.images.push({ alt: String(node.attrs.alt ?? ""), block: out.blocks.length });
      return false;
    }
    if (!node.isTextblock) return true;
    const block = out.blocks.length;
    const kind: DocBlock["kind"] =
      node.type.name === "heading" ? "heading" : parent?.type.name === "listItem" ? "list-item" : parent?.type.name === "blockquote" ? "quote" : "paragraph";
    out.blocks.push({ kind, level: kind === "heading" ? Number(node.attrs.level ?? 2) : 0, text: node.textBetween(0, node.content.size, undefined, " ") });
    starts.push(pos + 1);
    // Links: runs of text carrying the same link mark.
    let open: { href: string; start: number; end: number } | null = null;
    node.forEach((child, offset) => {
      const href = child.marks.find((m) => m.type.name === "link")?.attrs.href as string | undefined;
      if (open && (href !== open.href || offset !== open.end)) {
        out.links.push({ ...open, text: node.textBetween(open.start, open.end, undefined, " "), block });
        open = null;
      }
      if (href !== undefined) open = open ? { ...open, end: offset + child.nodeSize } : { href, start: offset, end: offset + child.nodeSize };
    });
    if (open) {
      const last: { href: string; start: number; end: number } = open;
      out.links.push({ ...last, text: node.textBetween(last.start, last.end, undefined, " "), block });
    }
    return false;
  });
  return { doc: out, starts };
}
