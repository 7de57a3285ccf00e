// @vitest-environment happy-dom
import fs from "node:fs";
import path from "node:path";
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { postEditorExtensions, postEditorProps } from "@/components/editor/extensions";
import { cleanPastedHtml } from "./paste-html";
import { sanitizePostHtml } from "./sanitize-html";

// Clipboard HTML as Word and Google Docs produce it (e2e/fixtures/README.md says what a paste keeps).
const fixtures = path.resolve(import.meta.dirname, "../../e2e/fixtures");
const fixture = (name: string) => fs.readFileSync(path.join(fixtures, name), "utf8");

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

/** The path a paste takes: transformPastedHTML → Tiptap's schema → getHTML → the sanitizer on save. */
function paste(html: string): string {
  editor = new Editor({ element: document.createElement("div"), extensions: postEditorExtensions, editorProps: postEditorProps });
  editor.view.pasteHTML(html);
  return sanitizePostHtml(editor.getHTML());
}

const forbidden = [/style=/, /class=/, /\bid=/, /dir=/, /role=/, /o:p/, /<span/, /<font/, /<b[ >]/, /\[if/, /<!--/, /<p>\s*<\/p>/, /&nbsp;/, /<meta/, /<style/, /Symbol/];

describe("paste from Word", () => {
  it("keeps the heading, bold, italic, the two bulleted items and the link, and drops the rest", () => {
    const html = paste(fixture("paste-word.html"));
    expect(html).toContain("<h2>What happens at a bond hearing</h2>");
    expect(html).toContain("<strong>released</strong>");
    expect(html).toContain("<em>conditions</em>");
    expect(html).toMatch(/<ul><li><p>Bring proof of employment<\/p><\/li><li><p>Bring a family member if you can<\/p><\/li><\/ul>/);
    expect(html).toContain('<a href="https://example.org/rules">court\'s rules</a>');
    expect(html).not.toContain("·");
    for (const pattern of forbidden) expect(html).not.toMatch(pattern);
    // Four blocks: heading, paragraph, list, paragraph — no empty paragraph from <o:p>&nbsp;</o:p>.
    expect(html.match(/<p>/g)).toHaveLength(4);
    expect(html.endsWith("first.</p>")).toBe(true);
  });
});

describe("paste from Google Docs", () => {
  it("keeps the heading, bold, italic, the two numbered items, the quote and the link, without the wrapping <b>", () => {
    const html = paste(fixture("paste-google-docs.html"));
    expect(html).toContain("<h2>Can I talk to the other driver?</h2>");
    expect(html).toContain("<p><strong>Short answer:</strong> not about the case.</p>");
    expect(html).toMatch(/<ol><li><p><em>Write down<\/em> what you remember\.<\/p><\/li><li><p>Call a lawyer\.<\/p><\/li><\/ol>/);
    expect(html).toContain("<blockquote><p>Anything you say can be used in court.</p></blockquote>");
    expect(html).toContain('<a href="https://example.org/faq">More answers</a>');
    // The whole clipboard is inside <b style="font-weight:normal">: it must not turn everything bold.
    expect(html).not.toContain("<strong>Can I talk");
    expect(html).not.toContain("<strong>not about");
    for (const pattern of forbidden) expect(html).not.toMatch(pattern);
    expect(html.endsWith("</a></p>")).toBe(true);
  });
});

describe("cleanPastedHtml", () => {
  it("drops scripts, images, iframes and handlers that arrive on the clipboard", () => {
    const cleaned = cleanPastedHtml('<p onclick="x()">Hi<script>alert(1)</script><img src=x onerror=alert(1)></p><iframe src="https://evil.example"></iframe><p>&nbsp;</p>');
    expect(cleaned).toBe("<p>Hi</p>");
  });

  it("makes a Word list with numbers an ordered list", () => {
    const cleaned = cleanPastedHtml(
      `<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>1.<span>&nbsp;&nbsp;</span></span><![endif]>First</p>` +
        `<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>2.<span>&nbsp;&nbsp;</span></span><![endif]>Second</p>`,
    );
    expect(cleaned).toBe("<ol><li><p>First</p></li><li><p>Second</p></li></ol>");
  });

  it("pasting a javascript: link leaves the text without the link", () => {
    expect(paste('<p><a href="javascript:alert(1)">click</a> me</p>')).toBe("<p>click me</p>");
  });
});
