import { describe, expect, it } from "vitest";
import { sanitizePostHtml } from "./sanitize-html";

describe("sanitizePostHtml", () => {
  it("keeps the structure the editor makes", () => {
    const html =
      '<h2>Heading</h2><h3>Sub</h3><p>A <strong>bold</strong> and <em>italic</em> <a href="https://example.com/x">link</a>.</p><ul><li>one</li></ul><ol><li>two</li></ol><blockquote><p>quote</p></blockquote>';
    expect(sanitizePostHtml(html)).toBe(html);
  });

  it.each([
    ["<p>hi</p><script>alert(1)</script>", "<p>hi</p>"],
    ['<p onclick="alert(1)">hi</p>', "<p>hi</p>"],
    ['<img src=x onerror="alert(1)">', ""],
    ['<a href="javascript:alert(1)">x</a>', "<a>x</a>"],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', "<a>x</a>"],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', "<a>x</a>"],
    ['<a href="//evil.example/">x</a>', "<a>x</a>"],
    ['<iframe src="https://evil.example"></iframe><p>ok</p>', "<p>ok</p>"],
    ["<style>p{color:red}</style><p>ok</p>", "<p>ok</p>"],
    ['<p style="color:red" class="x" id="y">ok</p>', "<p>ok</p>"],
    ['<svg><script>alert(1)</script></svg>', ""],
  ])("strips %s", (input, expected) => {
    expect(sanitizePostHtml(input)).toBe(expected);
  });

  it("turns pasted <b>/<i> into strong/em and marks new-tab links noopener", () => {
    expect(sanitizePostHtml('<p><b>B</b> <i>I</i> <a href="/contact" target="_blank">c</a></p>')).toBe(
      '<p><strong>B</strong> <em>I</em> <a href="/contact" target="_blank" rel="noopener noreferrer">c</a></p>',
    );
  });
});
