import { describe, expect, it } from "vitest";
import type { SourceItem } from "./import-item";
import { CUT_MARK, readWxr, SectionCap } from "./wxr-reader";

const head = `<?xml version="1.0" encoding="UTF-8"?><rss xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><link>https://old.test</link>`;
const post = (id: number, body: string, extra = "") =>
  `<item><title>Post ${id}</title><content:encoded><![CDATA[${body}]]></content:encoded><wp:post_id>${id}</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>${extra}</item>`;

/** Feeds `text` in pieces of `size` characters, as a file stream would. */
async function read(text: string, size = 64 * 1024) {
  const items: SourceItem[] = [];
  const notes: string[] = [];
  const pieces = async function* () {
    for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
  };
  await readWxr(pieces(), { item: (i) => items.push(i), attachment: () => {}, note: (n) => notes.push(n) });
  return { items, notes };
}

describe("one element far larger than a post", () => {
  it("cuts a CDATA section or comment at the limit, whatever the pieces, and marks it", () => {
    for (const size of [1, 2, 3, 7, 100]) {
      const cap = new SectionCap(10);
      const input = `<a><![CDATA[${"x".repeat(25)}]]></a><!--${"y".repeat(5)}--><b><![CDATA[short]]></b>`;
      let out = "";
      for (let at = 0; at < input.length; at += size) out += cap.feed(input.slice(at, at + size));
      out += cap.flush();
      expect(out).toBe(`<a><![CDATA[${"x".repeat(10)}${CUT_MARK}]]></a><!--yyyyy--><b><![CDATA[short]]></b>`);
    }
  });

  it("leaves the post out with a line that says why, and reads the rest", async () => {
    const huge = "<p>words</p>".repeat(200_000); // 2.4 MB
    const { items } = await read(`${head}${post(1, "<p>Fine.</p>")}${post(2, huge)}${post(3, "<p>Also fine.</p>")}</channel></rss>`);
    expect(items.map((i) => [i.title, i.status])).toEqual([
      ["Post 1", "published"],
      ["Post 2", "skipped"],
      ["Post 3", "published"],
    ]);
    expect(items[1]!.statusNote).toMatch(/^Its text is longer than 1 MB/);
    expect(items[1]!.html.length).toBeLessThanOrEqual(1024 * 1024 + 1);
    expect(items[2]!.html).toBe("<p>Also fine.</p>");
  });

  it("skips over a huge comment on a post, and keeps the post", async () => {
    const comment = `<wp:comment><wp:comment_content><![CDATA[${"spam ".repeat(400_000)}]]></wp:comment_content></wp:comment>`;
    const { items, notes } = await read(`${head}${post(1, "<p>Kept.</p>", comment)}<!-- ${"z".repeat(1_500_000)} --></channel></rss>`);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ status: "published", html: "<p>Kept.</p>" });
    expect(notes.join(" ")).toContain("comments are not imported");
  });
});
