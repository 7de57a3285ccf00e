import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  countAdminPosts,
  createDraftPost,
  emptyTrash,
  findPostForEdit,
  listAdminPosts,
  listPostVersions,
  restorePost,
  restorePostVersion,
  savePostContent,
  trashPost,
  type PostContent,
} from "./post-admin";
import { findPublicPostBySlug, findRedirectedSlug, insertPost } from "./posts";
import { posts, postVersions, slugRedirects } from "./schema";
import { useTempDatabase } from "./temp-database";
import { createUser } from "./users";

const HOUR = 60 * 60 * 1000;
const now = new Date("2026-06-15T12:00:00Z");
let temp: ReturnType<typeof useTempDatabase>;
let userId: number;

function content(overrides: Partial<PostContent> = {}): PostContent {
  return {
    title: "A title",
    slug: "a-title",
    excerpt: "",
    bodyHtml: "<p>Body</p>",
    tags: [],
    coverMediaId: null,
    coverAlt: null,
    seoTitle: null,
    seoDescription: null,
    disclaimer: null,
    ...overrides,
  };
}

function draft(slug: string, overrides: Partial<PostContent> = {}) {
  const result = createDraftPost(content({ slug, title: `Title ${slug}`, ...overrides }), userId, now);
  if (!result.ok) throw new Error(result.reason);
  return result.post;
}

function publish(id: number, revision: number, at = new Date(now.getTime() - HOUR), overrides: Partial<PostContent> = {}) {
  const post = findPostForEdit(id)!;
  const result = savePostContent(id, revision, content({ title: post.title, slug: post.slug, bodyHtml: post.bodyHtml, ...overrides }), {
    userId,
    statusChange: { status: "published", publishedAt: at },
    now,
  });
  if (!result.ok) throw new Error(result.reason);
  return result.post;
}

beforeEach(() => {
  temp = useTempDatabase();
  userId = createUser({ email: "a@example.com", name: "Alex Author" }).id;
});
afterEach(() => temp.remove());

describe("the admin list", () => {
  it("filters by status, searches titles and pages through a thousand posts", () => {
    temp.db.transaction(() => {
      for (let i = 0; i < 1000; i++) {
        const kind = i % 4;
        insertPost({
          slug: `post-${i}`,
          title: kind === 3 ? `Bond hearing ${i}` : `Post number ${i}`,
          status: kind === 0 ? "draft" : "published",
          publishedAt: kind === 0 ? null : kind === 1 ? new Date(now.getTime() + HOUR) : new Date(now.getTime() - HOUR),
          authorId: userId,
          updatedAt: new Date(now.getTime() - i * 1000),
          deletedAt: i === 999 ? now : null,
        });
      }
    });
    const started = performance.now();
    expect(countAdminPosts({ now })).toBe(999);
    expect(countAdminPosts({ status: "draft", now })).toBe(250);
    expect(countAdminPosts({ status: "scheduled", now })).toBe(250);
    expect(countAdminPosts({ status: "published", now })).toBe(499);
    expect(countAdminPosts({ search: "bond HEARING", now })).toBe(249);
    expect(countAdminPosts({ trash: true, now })).toBe(1);
    const page = listAdminPosts({ limit: 20, offset: 40, now });
    expect(page.map((p) => p.slug)).toEqual(Array.from({ length: 20 }, (_, i) => `post-${40 + i}`));
    expect(page[0]).toMatchObject({ status: "draft", authorName: "Alex Author" });
    expect(page[1]).toMatchObject({ status: "scheduled" });
    expect(page[3]).toMatchObject({ status: "published" });
    expect(listAdminPosts({ status: "scheduled", limit: 5, now }).every((p) => p.status === "scheduled")).toBe(true);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("treats % and _ in a search as plain characters", () => {
    draft("one", { title: "100% sure" });
    draft("two", { title: "1000 sure" });
    expect(listAdminPosts({ search: "100%", limit: 10, now }).map((p) => p.slug)).toEqual(["one"]);
    expect(countAdminPosts({ search: "_", now })).toBe(0);
  });
});

describe("saving", () => {
  it("refuses a slug another post uses, with a message", () => {
    draft("taken");
    const other = draft("other");
    expect(createDraftPost(content({ slug: "taken" }), userId, now)).toMatchObject({ ok: false, reason: "slug" });
    const result = savePostContent(other.id, other.revision, content({ slug: "taken" }), { userId, now });
    expect(result).toMatchObject({ ok: false, reason: "slug", message: expect.stringContaining("Another post already uses") });
    expect(findPostForEdit(other.id)!.slug).toBe("other");
  });

  it("refuses a stale revision and overwrites nothing", () => {
    const post = draft("tabs");
    const first = savePostContent(post.id, post.revision, content({ slug: "tabs", bodyHtml: "<p>from tab one</p>" }), { userId, now });
    expect(first.ok).toBe(true);
    const second = savePostContent(post.id, post.revision, content({ slug: "tabs", bodyHtml: "<p>from tab two</p>" }), { userId, now });
    expect(second).toEqual({ ok: false, reason: "conflict" });
    const stored = findPostForEdit(post.id)!;
    expect(stored.bodyHtml).toBe("<p>from tab one</p>");
    expect(stored.revision).toBe(post.revision + 1);
  });

  it("keeps tags, made once and shared", () => {
    const a = draft("a", { tags: ["Bond", "DUI", "bond"] });
    const b = draft("b", { tags: ["DUI"] });
    expect(findPostForEdit(a.id)!.tags).toEqual(["Bond", "DUI"]);
    expect(findPostForEdit(b.id)!.tags).toEqual(["DUI"]);
    savePostContent(a.id, a.revision, content({ slug: "a", tags: ["Court"] }), { userId, now });
    expect(findPostForEdit(a.id)!.tags).toEqual(["Court"]);
  });

  it("leaves a redirect when a published post's slug changes, and none for a draft", () => {
    const post = draft("first-slug");
    const live = publish(post.id, post.revision);
    const moved = savePostContent(post.id, live.revision, content({ slug: "second-slug" }), { userId, now });
    expect(moved.ok).toBe(true);
    expect(findRedirectedSlug("first-slug", now)).toBe("second-slug");
    expect(findPublicPostBySlug("second-slug", now)?.id).toBe(post.id);

    // Moving back takes the old address back: no redirect loop.
    const back = savePostContent(post.id, live.revision + 1, content({ slug: "first-slug" }), { userId, now });
    expect(back.ok).toBe(true);
    expect(temp.db.select().from(slugRedirects).all().map((r) => r.oldSlug)).toEqual(["second-slug"]);

    // Another post cannot take an address that still leads to this one.
    const other = draft("other");
    expect(savePostContent(other.id, other.revision, content({ slug: "second-slug" }), { userId, now })).toMatchObject({ ok: false, reason: "slug" });

    const unpublished = draft("quiet");
    savePostContent(unpublished.id, unpublished.revision, content({ slug: "quieter" }), { userId, now });
    expect(findRedirectedSlug("quiet", now)).toBeUndefined();
  });

  it("schedules a post: hidden until its time, then public", () => {
    const post = draft("later");
    publish(post.id, post.revision, new Date(now.getTime() + 60_000));
    expect(findPublicPostBySlug("later", now)).toBeUndefined();
    expect(findPublicPostBySlug("later", new Date(now.getTime() + 60_000))?.id).toBe(post.id);
    expect(listAdminPosts({ limit: 5, now })[0]?.status).toBe("scheduled");
  });

  it("unpublishes: the post is a draft again and leaves the public site", () => {
    const post = draft("gone");
    const live = publish(post.id, post.revision);
    const result = savePostContent(post.id, live.revision, content({ slug: "gone" }), { userId, statusChange: { status: "draft" }, now });
    expect(result.ok).toBe(true);
    expect(findPublicPostBySlug("gone", now)).toBeUndefined();
    expect(findPostForEdit(post.id)).toMatchObject({ status: "draft", publishedAt: null });
  });
});

describe("versions", () => {
  it("keeps every publish and every change to a published post, with author and date, and restores one", () => {
    const post = draft("kept", { bodyHtml: "<p>draft one</p>" });
    // Saves of a draft are not versions.
    savePostContent(post.id, post.revision, content({ slug: "kept", bodyHtml: "<p>draft two</p>" }), { userId, now });
    expect(listPostVersions(post.id)).toHaveLength(0);

    const live = publish(post.id, post.revision + 1, now, { bodyHtml: "<p>first published</p>" });
    expect(listPostVersions(post.id)).toHaveLength(1);
    const edited = savePostContent(post.id, live.revision, content({ slug: "kept", bodyHtml: "<p>edited live</p>" }), { userId, now: new Date(now.getTime() + 1000) });
    expect(edited.ok).toBe(true);
    // A save that changes nothing adds nothing.
    savePostContent(post.id, live.revision + 1, content({ slug: "kept", bodyHtml: "<p>edited live</p>" }), { userId, now: new Date(now.getTime() + 2000) });
    const versions = listPostVersions(post.id);
    expect(versions).toHaveLength(2);
    expect(versions[0]).toMatchObject({ authorName: "Alex Author", createdAt: new Date(now.getTime() + 1000) });
    expect(findPostForEdit(post.id)!.contentUpdatedAt).toEqual(new Date(now.getTime() + 1000));

    const firstVersion = versions[1]!;
    const restored = restorePostVersion(post.id, firstVersion.id, { userId, now: new Date(now.getTime() + 3000) });
    expect(restored.ok).toBe(true);
    expect(findPostForEdit(post.id)!.bodyHtml).toBe("<p>first published</p>");
    expect(findPublicPostBySlug("kept", new Date(now.getTime() + 3000))?.bodyHtml).toBe("<p>first published</p>");
    const after = temp.db.select().from(postVersions).where(eq(postVersions.postId, post.id)).all();
    expect(after.map((v) => v.bodyHtml)).toEqual(["<p>first published</p>", "<p>edited live</p>", "<p>first published</p>"]);
  });

  it("refuses to restore over a stale revision", () => {
    const post = draft("stale");
    const live = publish(post.id, post.revision);
    const [version] = listPostVersions(post.id);
    expect(restorePostVersion(post.id, version!.id, { userId, expectedRevision: live.revision - 1 })).toEqual({ ok: false, reason: "conflict" });
  });
});

describe("trash", () => {
  it("hides a trashed post from the list and the public, restores it, and empties the trash for good", () => {
    const post = draft("bin");
    publish(post.id, post.revision);
    expect(trashPost(post.id, now)).toBe(true);
    expect(findPublicPostBySlug("bin", now)).toBeUndefined();
    expect(countAdminPosts({ now })).toBe(0);
    expect(listAdminPosts({ trash: true, limit: 10, now }).map((p) => p.slug)).toEqual(["bin"]);
    // An editor left open on it is told, not allowed to save over the trash.
    expect(savePostContent(post.id, findPostForEdit(post.id)!.revision, content({ slug: "bin" }), { userId, now })).toEqual({ ok: false, reason: "trashed" });

    expect(restorePost(post.id, now)).toBe(true);
    expect(findPublicPostBySlug("bin", now)?.id).toBe(post.id);

    trashPost(post.id, now);
    draft("stays");
    expect(emptyTrash()).toBe(1);
    expect(temp.db.select().from(posts).all().map((p) => p.slug)).toEqual(["stays"]);
  });
});
