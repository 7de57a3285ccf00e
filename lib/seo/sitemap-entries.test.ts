import { describe, expect, it } from "vitest";
import { SITEMAP_FILE_URLS, sitemapFileXml, sitemapFiles, sitemapIndexXml } from "./sitemap-entries";

const entry = (i: number) => ({ url: `https://firm.test/blog/post-${i}`, lastModified: new Date(Date.UTC(2026, 0, 1 + (i % 300))) });

describe("the sitemap's files", () => {
  it("hold at most SITEMAP_FILE_URLS addresses each, every address once, in order", () => {
    const entries = Array.from({ length: 2 * SITEMAP_FILE_URLS + 1 }, (_, i) => entry(i));
    const files = sitemapFiles(entries);
    expect(files.map((file) => file.length)).toEqual([SITEMAP_FILE_URLS, SITEMAP_FILE_URLS, 1]);
    expect(files.flat()).toEqual(entries);
    expect(sitemapFiles([])).toEqual([[]]);
  });

  it("are listed by the index with the newest change in each", () => {
    const xml = sitemapIndexXml("https://firm.test", [[entry(1), entry(5)], [{ url: "https://firm.test/contact" }]]);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain("<sitemap><loc>https://firm.test/sitemap/0.xml</loc><lastmod>2026-01-06T00:00:00.000Z</lastmod></sitemap>");
    expect(xml).toContain("<sitemap><loc>https://firm.test/sitemap/1.xml</loc></sitemap>");
  });

  it("write each address with its language versions, escaped", () => {
    const xml = sitemapFileXml([
      { url: "https://firm.test/blog/a?b=1&c=<2>", alternates: { languages: { en: "https://firm.test/blog/a", es: "https://firm.test/es/blog/a", "x-default": "https://firm.test/blog/a" } } },
    ]);
    expect(xml).toContain("<loc>https://firm.test/blog/a?b=1&amp;c=&lt;2&gt;</loc>");
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="es" href="https://firm.test/es/blog/a" />');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://firm.test/blog/a" />');
    expect(xml).not.toContain("<lastmod>");
  });
});
