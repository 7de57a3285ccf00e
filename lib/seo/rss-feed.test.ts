import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect, it } from "vitest";
import type { FeedPost } from "@/db/posts";
import { absoluteLinks, rssFeed } from "./rss-feed";
import { defaultSettings } from "@/lib/site/settings-schema";

const post = (over: Partial<FeedPost>): FeedPost => ({
  id: 7,
  slug: "bond",
  title: "Bond",
  excerpt: "",
  publishedAt: new Date("2026-03-04T15:00:00Z"),
  authorName: "Jordan Avery",
  authorSlug: null,
  readingMinutes: 1,
  bodyHtml: "<p>Words.</p>",
  contentUpdatedAt: null,
  cover: null,
  ...over,
});

it("writes valid RSS 2.0 whatever the titles and bodies hold, with absolute links and stable GUIDs", () => {
  const xml = rssFeed({
    site: { ...defaultSettings, firmName: "Avery & Cole <Law>" },
    origin: "https://firm.example",
    coverUrl: (name) => `https://firm.example/media/${name}`,
    posts: [
      post({
        title: `Bail & "bond" </script> ]]> \u0001`,
        excerpt: "Costs & fees",
        bodyHtml: `<p>See <a href="/contact">us</a> &amp; <a href="https://x.example/">them</a>.</p><script>alert(1)</script>`,
        contentUpdatedAt: new Date("2026-03-09T15:00:00Z"),
        cover: { fileName: "a.png", alt: "A court", mimeType: "image/png", byteSize: 1234 },
      }),
    ],
  });
  expect(XMLValidator.validate(xml)).toBe(true);
  const rss = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === "item" }).parse(xml) as {
    rss: { channel: { title: string; lastBuildDate: string; item: Record<string, unknown>[] } };
  };
  expect(rss.rss.channel.title).toBe("Avery & Cole <Law>");
  expect(rss.rss.channel.lastBuildDate).toBe("Mon, 09 Mar 2026 10:00:00 -0500");
  const [item] = rss.rss.channel.item;
  expect(item!.title).toBe(`Bail & "bond" </script> ]]>`);
  expect(item!.link).toBe("https://firm.example/blog/bond");
  expect(item!.guid).toEqual({ "#text": "https://firm.example/#post-7", "@_isPermaLink": "false" });
  expect(item!.pubDate).toBe("Wed, 04 Mar 2026 09:00:00 -0600");
  const body = String(item!["content:encoded"]);
  expect(body).toContain('<a href="https://firm.example/contact">us</a>');
  expect(body).toContain('<a href="https://x.example/">them</a>');
  expect(body).toContain('<img src="https://firm.example/media/a.png" alt="A court">');
  expect(body).not.toContain("<script");
  expect(item!.enclosure).toEqual({ "@_url": "https://firm.example/media/a.png", "@_length": "1234", "@_type": "image/png" });
});

it("makes only site-relative links absolute", () => {
  expect(absoluteLinks('<a href="/a">a</a><a href="//cdn.example/x">b</a><a href="mailto:x@y">c</a>', "https://f.example")).toBe(
    '<a href="https://f.example/a">a</a><a href="//cdn.example/x">b</a><a href="mailto:x@y">c</a>',
  );
});
