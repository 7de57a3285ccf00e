// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { afterEach, expect, it } from "vitest";
import { sanitizePostHtml } from "@/lib/posts/sanitize-html";
import { bodyHtmlOf, changedBodyHtml } from "./body-html";
import { postEditorExtensions } from "./extensions";

const IMAGE = '<figure class="image-medium"><img src="/media/0123456789abcdef0123456789abcdef.png" alt="The courthouse" width="800" height="600" /></figure>';
const STORED = sanitizePostHtml(`<p>Where the hearing is.</p>${IMAGE}`);

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

it("a body ending with an image reads the same after the editor adds its empty paragraph", () => {
  const changes: (string | null)[] = [];
  editor = new Editor({ extensions: postEditorExtensions, content: STORED, onUpdate: ({ editor: e, transaction }) => changes.push(changedBodyHtml(e, transaction)) });
  const opened = bodyHtmlOf(editor.getHTML());
  // Any transaction (the restricted-words highlight sends one on open) brings the trailing paragraph.
  editor.view.dispatch(editor.state.tr.setMeta("test", true));
  expect(editor.getHTML()).toMatch(/<p><\/p>$/);
  // The editor saw an update, and no change to save.
  expect(changes).toEqual([null]);
  expect(bodyHtmlOf(editor.getHTML())).toBe(opened);
  // What a save would send is what the server stores: the two agree.
  expect(sanitizePostHtml(bodyHtmlOf(editor.getHTML()))).toBe(STORED);
  // Typing in that paragraph is a change.
  editor.commands.insertContentAt(editor.state.doc.content.size - 1, "After the photo.");
  expect(changes.at(-1)).toMatch(/<p>After the photo\.<\/p>$/);
});

it("keeps text typed after the image, and empty paragraphs between others", () => {
  expect(bodyHtmlOf("<p>One</p><p></p><p>Two</p>")).toBe("<p>One</p><p></p><p>Two</p>");
  expect(bodyHtmlOf(`${IMAGE}<p>After it.</p>`)).toBe(`${IMAGE}<p>After it.</p>`);
  expect(bodyHtmlOf(`${IMAGE}<p></p><p><br></p>`)).toBe(IMAGE);
});
