import { describe, expect, it } from "vitest";
import { sanitizePostHtml } from "./sanitize-html";

describe("sanitizePostHtml", () => {
  it("keeps the structure the editor makes", () => {
    const html =
      '<h2>Heading</h2><h3>Sub</h3><p>A <strong>bold</strong> and <em>italic</em> <a href="https://example.com/x">link</a>.</p><ul><li>one</li></ul><ol><li>two</li></ol><blockquote><p>quote</p></blockquote>';
    expect(sanitizePostHtml(html)).toBe(html);
  });

  it("keeps the links a post needs: relative, mailto, tel, fragments", () => {
    const html = '<p><a href="/contact">c</a> <a href="mailto:a@example.com">m</a> <a href="tel:5550100">t</a> <a href="#top">f</a></p>';
    expect(sanitizePostHtml(html)).toBe(html);
  });

  it.each([
    ["<p>hi</p><script>alert(1)</script>", "<p>hi</p>"],
    ["<p>hi<script src=https://evil.example/x.js></script></p>", "<p>hi</p>"],
    ["<SCRIPT>alert(1)</SCRIPT><p>ok</p>", "<p>ok</p>"],
    ["<scr<script>ipt>alert(1)</script><p>ok</p>", "ipt&gt;alert(1)<p>ok</p>"],
    ['<p onclick="alert(1)">hi</p>', "<p>hi</p>"],
    ['<p ONMOUSEOVER="alert(1)">hi</p>', "<p>hi</p>"],
    ['<a href="https://example.com" onfocus="alert(1)" autofocus>x</a>', '<a href="https://example.com">x</a>'],
    ['<img src=x onerror="alert(1)">', ""],
    ['<p><img src="data:image/png;base64,AAAA">text</p>', "<p>text</p>"],
    ['<a href="javascript:alert(1)">x</a>', "<a>x</a>"],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', "<a>x</a>"],
    ['<a href=" javascript:alert(1)">x</a>', "<a>x</a>"],
    ['<a href="java\tscript:alert(1)">x</a>', "<a>x</a>"],
    ['<a href="java\nscript:alert(1)">x</a>', "<a>x</a>"],
    ['<a href="jav&#x09;ascript:alert(1)">x</a>', "<a>x</a>"],
    ['<a href="&#106;avascript:alert(1)">x</a>', "<a>x</a>"],
    ['<a href="&#x6A;&#x61;&#x76;&#x61;script:alert(1)">x</a>', "<a>x</a>"],
    ['<a href="javascript&colon;alert(1)">x</a>', "<a>x</a>"],
    ['<a href="vbscript:msgbox(1)">x</a>', "<a>x</a>"],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', "<a>x</a>"],
    ['<a href="DATA:text/html,<script>alert(1)</script>">x</a>', "<a>x</a>"],
    ['<a href="//evil.example/">x</a>', "<a>x</a>"],
    ['<iframe src="https://evil.example"></iframe><p>ok</p>', "<p>ok</p>"],
    ['<iframe srcdoc="<script>alert(1)</script>"></iframe><p>ok</p>', "<p>ok</p>"],
    ["<style>p{color:red}</style><p>ok</p>", "<p>ok</p>"],
    ['<p style="color:red" class="x" id="y">ok</p>', "<p>ok</p>"],
    ['<p style="background:url(javascript:alert(1))">ok</p>', "<p>ok</p>"],
    ["<svg><script>alert(1)</script></svg>", ""],
    ['<svg onload="alert(1)"><a xlink:href="javascript:alert(1)">x</a></svg>', "<a>x</a>"],
    ['<math><mi xlink:href="javascript:alert(1)">x</mi></math>', "x"],
    ['<object data="evil.swf"></object><embed src="evil.swf"><p>ok</p>', "<p>ok</p>"],
    ['<form action="https://evil.example"><input name="p"><button>Go</button></form>', "Go"],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example"><p>ok</p>', "<p>ok</p>"],
    ['<base href="https://evil.example/"><p>ok</p>', "<p>ok</p>"],
    ['<link rel="stylesheet" href="https://evil.example/x.css"><p>ok</p>', "<p>ok</p>"],
    ["<p>ok</p><!-- <script>alert(1)</script> -->", "<p>ok</p>"],
    ['<a href="https://example.com" target="_top">x</a>', '<a href="https://example.com">x</a>'],
    ['<a href="https://example.com" rel="opener">x</a>', '<a href="https://example.com">x</a>'],
  ])("strips %s", (input, expected) => {
    expect(sanitizePostHtml(input)).toBe(expected);
  });

  it("turns pasted <b>/<i> into strong/em and marks new-tab links noopener", () => {
    expect(sanitizePostHtml('<p><b>B</b> <i>I</i> <a href="/contact" target="_blank">c</a></p>')).toBe(
      '<p><strong>B</strong> <em>I</em> <a href="/contact" target="_blank" rel="noopener noreferrer">c</a></p>',
    );
  });

  it("drops empty paragraphs and headings, as the editor leaves them for blank lines", () => {
    expect(sanitizePostHtml("<p></p><p>one</p><p> &nbsp; </p><h2></h2><p><br></p><p><strong>two</strong></p>")).toBe("<p>one</p><p><strong>two</strong></p>");
  });

  it("is stable: sanitizing twice changes nothing", () => {
    const once = sanitizePostHtml('<p onclick="x">a <b>b</b> <a href="javascript:x">c</a></p><script>1</script>');
    expect(sanitizePostHtml(once)).toBe(once);
  });

  it("keeps a body image exactly as the editor makes it: an upload in a figure with its size, description and caption", () => {
    const figure =
      '<figure class="image-wide"><img src="/media/0123456789abcdef0123456789abcdef.jpg" alt="The county courthouse" width="1200" height="800" /><figcaption>The <em>Jefferson</em> County courthouse</figcaption></figure>';
    expect(sanitizePostHtml(figure)).toBe(figure);
    // A decorative image keeps its empty description.
    const decorative = '<figure class="image-small"><img src="/media/0123456789abcdef0123456789abcdef.webp" alt="" /></figure>';
    expect(sanitizePostHtml(decorative)).toBe(decorative);
  });

  it("allows nothing more on images than the figure needs", () => {
    const base = "/media/0123456789abcdef0123456789abcdef.png";
    expect(sanitizePostHtml(`<figure class="image-wide float-left" style="x" id="y"><img src="${base}" alt="a" width="12px" height="80" srcset="https://evil.example/x 2x" onerror="alert(1)" loading="lazy" /></figure>`)).toBe(
      `<figure class="image-wide"><img src="${base}" alt="a" height="80" /></figure>`,
    );
    // Another site's image, a data: URL, a path out of the uploads, a variant's own name: gone (a caption becomes text).
    for (const src of ["https://evil.example/x.png", "data:image/png;base64,AAAA", "/media/../site.db", "/media/0123456789abcdef0123456789abcdef-960.avif", "//evil.example/x.jpg"]) {
      expect(sanitizePostHtml(`<figure class="image-small"><img src="${src}" alt="x" /><figcaption>Cap</figcaption></figure>`), src).toBe("<p>Cap</p>");
    }
    // A figure of text keeps its text; picture and source are not the body's markup.
    expect(sanitizePostHtml("<figure><p>Quote</p></figure>")).toBe("<p>Quote</p>");
    expect(sanitizePostHtml(`<picture><source srcset="${base}" /><img src="${base}" alt="a" /></picture>`)).toBe(`<img src="${base}" alt="a" />`);
  });
});
