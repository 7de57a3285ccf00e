import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countPublicPosts, findPublicPostBySlug, findRedirectedSlug, insertPost, listFeedPosts, listPublicPostDates, listPublicPosts, listRelatedPosts, type NewPost } from "./posts";
import { media, slugRedirects } from "./schema";
import { useTempDatabase } from "./temp-database";
import { createUser } from "./users";

const HOUR = 60 * 60 * 1000;
const now = new Date("2026-06-15T12:00:00Z");
let temp: ReturnType<typeof useTempDatabase>;
let createdBy: number;

function post(slug: string, overrides: Partial<NewPost> = {}) {
  return insertPost({
    slug,
    title: `Title of ${slug}`,
    excerpt: `Excerpt of ${slug}`,
    bodyHtml: `<p>Body of ${slug}</p>`,
    status: "published",
    publishedAt: new Date(now.getTime() - HOUR),
    createdBy,
    updatedAt: now,
    ...overrides,
  });
}

beforeEach(() => {
  temp = useTempDatabase();
  createdBy = createUser({ email: "a@example.com", name: "Alex Author" }).id;
});
afterEach(() => temp.remove());

describe("public posts", () => {
  it("lists only published posts whose time has come and that are not in the trash", () => {
    post("published");
    post("draft", { status: "draft", publishedAt: null });
    post("scheduled", { publishedAt: new Date(now.getTime() + HOUR) });
    post("trashed", { deletedAt: now });
    const slugs = listPublicPosts({ limit: 10, now }).map((p) => p.slug);
    expect(slugs).toEqual(["published"]);
    expect(countPublicPosts(now)).toBe(1);
  });

  it("orders newest first and carries the author's name", () => {
    post("old", { publishedAt: new Date(now.getTime() - 3 * HOUR) });
    post("newest", { publishedAt: new Date(now.getTime() - 1 * HOUR) });
    post("middle", { publishedAt: new Date(now.getTime() - 2 * HOUR) });
    const list = listPublicPosts({ limit: 10, now });
    expect(list.map((p) => p.slug)).toEqual(["newest", "middle", "old"]);
    expect(list[0]?.authorName).toBe("Alex Author");
    expect(list[0]?.publishedAt).toEqual(new Date(now.getTime() - HOUR));
  });

  it("pages through 25 posts ten at a time", () => {
    for (let i = 0; i < 25; i++) post(`p${String(i).padStart(2, "0")}`, { publishedAt: new Date(now.getTime() - (i + 1) * HOUR) });
    expect(countPublicPosts(now)).toBe(25);
    const page1 = listPublicPosts({ limit: 10, offset: 0, now });
    const page3 = listPublicPosts({ limit: 10, offset: 20, now });
    expect(page1.map((p) => p.slug).slice(0, 2)).toEqual(["p00", "p01"]);
    expect(page3.map((p) => p.slug)).toEqual(["p20", "p21", "p22", "p23", "p24"]);
    expect(listPublicPosts({ limit: 10, offset: 30, now })).toEqual([]);
  });

  it("leaves out the post being read from its 'Read more' list", () => {
    const current = post("current");
    post("other");
    expect(listPublicPosts({ limit: 4, excludeId: current.id, now }).map((p) => p.slug)).toEqual(["other"]);
  });

  it("finds a public post by slug, with its tags, and nothing else", () => {
    insertPost(
      { slug: "tagged", title: "Tagged", status: "published", publishedAt: new Date(now.getTime() - HOUR), createdBy, updatedAt: now },
      ["Bond", "Court"],
    );
    post("draft", { status: "draft", publishedAt: null });
    post("scheduled", { publishedAt: new Date(now.getTime() + HOUR) });
    post("trashed", { deletedAt: now });
    const found = findPublicPostBySlug("tagged", now);
    expect(found?.title).toBe("Tagged");
    expect(found?.tags).toEqual([
      { name: "Bond", slug: "bond" },
      { name: "Court", slug: "court" },
    ]);
    for (const slug of ["draft", "scheduled", "trashed", "missing"]) expect(findPublicPostBySlug(slug, now)).toBeUndefined();
  });

  it("shows a scheduled post once its time passes, with nobody touching it", () => {
    const at = new Date(now.getTime() + 30 * 1000);
    post("soon", { publishedAt: at });
    expect(findPublicPostBySlug("soon", now)).toBeUndefined();
    expect(listPublicPosts({ limit: 10, now: new Date(at.getTime() - 1) })).toHaveLength(0);
    expect(findPublicPostBySlug("soon", at)?.slug).toBe("soon");
    expect(listPublicPosts({ limit: 10, now: at }).map((p) => p.slug)).toEqual(["soon"]);
  });

  it("follows an old slug to the post's current one while the post is public", () => {
    const moved = post("new-slug");
    temp.db.insert(slugRedirects).values({ oldSlug: "old-slug", postId: moved.id }).run();
    expect(findRedirectedSlug("old-slug", now)).toBe("new-slug");
    expect(findRedirectedSlug("never-existed", now)).toBeUndefined();
  });

  it("carries the cover image with its description, and none when there is no cover", () => {
    const image = temp.db.insert(media).values({ fileName: `${"a".repeat(32)}.png`, mimeType: "image/png", byteSize: 10, width: 4, height: 3 }).returning().get();
    post("with-cover", { coverMediaId: image.id, coverAlt: "A courthouse" });
    post("without-cover");
    expect(findPublicPostBySlug("with-cover", now)?.cover).toEqual({ fileName: image.fileName, alt: "A courthouse", width: 4, height: 3 });
    expect(findPublicPostBySlug("without-cover", now)?.cover).toBeNull();
  });

  it("'Read more' prefers posts sharing the most tags, then the newest, never the post itself", () => {
    const day = 24 * HOUR;
    const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * day);
    const current = insertPost({ slug: "current", title: "c", status: "published", publishedAt: at(10), createdBy, updatedAt: now }, ["Bond", "Court"]);
    insertPost({ slug: "newest-untagged", title: "n", status: "published", publishedAt: at(1), createdBy, updatedAt: now });
    insertPost({ slug: "one-shared", title: "o", status: "published", publishedAt: at(2), createdBy, updatedAt: now }, ["Court"]);
    insertPost({ slug: "two-shared-old", title: "t", status: "published", publishedAt: at(30), createdBy, updatedAt: now }, ["Court", "Bond", "DUI"]);
    insertPost({ slug: "draft-shared", title: "d", status: "draft", createdBy, updatedAt: now }, ["Court", "Bond"]);
    insertPost({ slug: "older-untagged", title: "u", status: "published", publishedAt: at(3), createdBy, updatedAt: now });
    expect(listRelatedPosts(current.id, 3, now).map((p) => p.slug)).toEqual(["two-shared-old", "one-shared", "newest-untagged"]);
  });

  it("lists only a tag's public posts when asked", () => {
    insertPost({ slug: "bond-1", title: "b", status: "published", publishedAt: new Date(now.getTime() - HOUR), createdBy, updatedAt: now }, ["Bond"]);
    insertPost({ slug: "bond-draft", title: "b", status: "draft", createdBy, updatedAt: now }, ["Bond"]);
    post("untagged");
    const bond = temp.db.$client.prepare("select id from tags where slug = 'bond'").get() as { id: number };
    expect(listPublicPosts({ limit: 10, tagId: bond.id, now }).map((p) => p.slug)).toEqual(["bond-1"]);
  });

  it("counts reading time from the body's words, at least a minute", () => {
    post("short", { bodyHtml: "<p>Three short words.</p>" });
    post("long", { bodyHtml: `<p>${"word ".repeat(900)}</p><ul><li>${"more ".repeat(225)}</li></ul>` });
    const minutes = Object.fromEntries(listPublicPosts({ limit: 10, now }).map((p) => [p.slug, p.readingMinutes]));
    expect(minutes).toEqual({ short: 1, long: 5 });
    expect(findPublicPostBySlug("long", now)?.readingMinutes).toBe(5);
  });

  it("gives the feed the newest public posts with their bodies, and the sitemap each post's last change", () => {
    const edited = new Date(now.getTime() - 10 * 60 * 1000);
    post("first", { publishedAt: new Date(now.getTime() - 2 * HOUR) });
    post("second", { contentUpdatedAt: edited });
    post("draft", { status: "draft", publishedAt: null });
    expect(listFeedPosts(20, now).map((p) => [p.slug, p.bodyHtml])).toEqual([
      ["second", "<p>Body of second</p>"],
      ["first", "<p>Body of first</p>"],
    ]);
    expect(listPublicPostDates(now)).toEqual([
      { slug: "second", publishedAt: new Date(now.getTime() - HOUR), changedAt: edited },
      { slug: "first", publishedAt: new Date(now.getTime() - 2 * HOUR), changedAt: new Date(now.getTime() - 2 * HOUR) },
    ]);
  });
});
