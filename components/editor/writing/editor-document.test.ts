import { getSchema } from "@tiptap/core";
import { expect, it } from "vitest";
import { postEditorExtensions } from "../extensions";
import { editorDocument } from "./editor-document";

const schema = getSchema(postEditorExtensions);

it("reads the editor's blocks, links and images, each block's text starting at its document position", () => {
  const doc = schema.nodeFromJSON({
    type: "doc",
    content: [
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Bail" }] },
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Call " },
          { type: "text", text: "the firm", marks: [{ type: "link", attrs: { href: "/contact" } }] },
          { type: "hardBreak" },
          { type: "text", text: "prior to court." },
        ],
      },
      { type: "figure", attrs: { src: "/media/0123456789abcdef0123456789abcdef.jpg", alt: "" } },
      { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "One item" }] }] }] },
    ],
  });
  const { doc: read, starts } = editorDocument(doc);
  expect(read.blocks).toEqual([
    { kind: "heading", level: 2, text: "Bail" },
    { kind: "paragraph", level: 0, text: "Call the firm prior to court." },
    { kind: "list-item", level: 0, text: "One item" },
  ]);
  expect(read.links).toEqual([{ href: "/contact", text: "the firm", block: 1, start: 5, end: 13 }]);
  expect(read.images).toEqual([{ alt: "", block: 2 }]);
  // An offset in a block's text plus its start is the document position of that text.
  const at = read.blocks[1]!.text.indexOf("prior to");
  expect(doc.textBetween(starts[1]! + at, starts[1]! + at + "prior to".length)).toBe("prior to");
  expect(doc.textBetween(starts[2]!, starts[2]! + 3)).toBe("One");
});
