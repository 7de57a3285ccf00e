import { afterEach, beforeEach, expect, it } from "vitest";
import { countPosts, countPublicPosts, findPublicPostBySlug, listPublicPosts, listPublicPracticeAreas } from "../posts";
import { seedPages } from "./sample-pages";
import { seedDemoContent } from "./demo-content";
import { readSettingValues } from "../settings";
import { useTempDatabase } from "../temp-database";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => (temp = useTempDatabase()));
afterEach(() => temp.remove());

it("fills an empty database with sample posts, a draft and a scheduled post kept hidden", () => {
  const now = new Date();
  expect(seedDemoContent(now)).toBe(true);
  expect(countPublicPosts(now)).toBeGreaterThanOrEqual(8);
  expect(findPublicPostBySlug("what-is-a-preliminary-hearing", now)).toBeUndefined(); // draft
  expect(findPublicPostBySlug("how-plea-bargains-work", now)).toBeUndefined(); // scheduled
  // Besides the posts: the firm's pages and practice areas, published.
  expect(countPosts()).toBe(countPublicPosts(now) + 2 + seedPages.length);
  expect(findPublicPostBySlug("privacy", now, "page")?.bodyHtml).toMatch(/Sample text/);
  // The accessibility statement (ACCESSIBILITY.md says the same for developers): editable, marked as sample.
  expect(findPublicPostBySlug("accessibility", now, "page")?.bodyHtml).toMatch(/Sample text[\s\S]*WCAG\) 2\.2 at level AA/);
  expect(listPublicPracticeAreas(now).map((a) => a.title)).toContain("DUI");
  // The sample lawyer signs every post.
  expect(new Set(listPublicPosts({ limit: 100, now }).map((p) => p.authorSlug))).toEqual(new Set(["jordan-avery"]));

  // Dates spread over weeks, and the firm's details are marked as samples.
  const dates = listPublicPosts({ limit: 100, now }).map((p) => p.publishedAt.getTime());
  expect(Math.max(...dates) - Math.min(...dates)).toBeGreaterThan(21 * 24 * 60 * 60 * 1000);
  expect(String(readSettingValues().firmName)).toMatch(/sample|demo/i);
});

it("never touches a database that already has content", () => {
  expect(seedDemoContent()).toBe(true);
  const before = countPosts();
  expect(seedDemoContent()).toBe(false);
  expect(countPosts()).toBe(before);
});
