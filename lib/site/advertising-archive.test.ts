import { strFromU8, unzipSync } from "fflate";
import { expect, it } from "vitest";
import type { ArchivedVersion } from "@/db/post-admin/post-versions";
import { buildAdvertisingArchive } from "./advertising-archive";

const version = (id: number, overrides: Partial<ArchivedVersion> = {}): ArchivedVersion => ({
  id,
  kind: "post",
  slug: "bond",
  title: "Bond <basics>",
  excerpt: "",
  bodyHtml: "<p>What bond is.</p>",
  disclaimer: null,
  publishedAt: new Date("2019-05-04T15:00:00Z"),
  createdAt: new Date("2026-03-04T20:30:00Z"),
  authorName: "Olive Owner",
  ...overrides,
});

it("holds each version as its own HTML file with its publication date, by kind, and an index", () => {
  const zip = buildAdvertisingArchive([version(1), version(2, { kind: "page", slug: "about", title: "About" })], { firmName: "Smith Defense", siteUrl: "https://smith.example", timeZone: "America/Chicago" });
  const files = unzipSync(zip);
  expect(Object.keys(files).sort()).toEqual(["index.html", "pages/2026-03-04-1430_about_v2.html", "posts/2026-03-04-1430_bond_v1.html"]);
  const post = strFromU8(files["posts/2026-03-04-1430_bond_v1.html"]!);
  expect(post).toContain("<h1>Bond &lt;basics&gt;</h1>");
  expect(post).toContain("<p>What bond is.</p>");
  expect(post).toContain("May 4, 2019");
  expect(post).toContain("https://smith.example/blog/bond");
  expect(strFromU8(files["index.html"]!)).toContain('href="pages/2026-03-04-1430_about_v2.html"');
});
