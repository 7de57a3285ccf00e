import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countAdminPosts, listAdminPosts } from "./admin-post-list";
import { autosavePostContent, createDraftPost, discardPendingDraft, restorePostVersion, savePostContent } from "./content-save";
import { findPostForEdit, type PostContent } from "./post-for-edit";
import { emptyTrash, restorePost, trashPost } from "./post-trash";
import { listPostVersions } from "./post-versions";
import { findPublicPostBySlug, findRedirectedSlug, insertPost, listPublicPosts } from "../posts";
import { postDrafts, posts, postVersions, slugRedirects } from "../schema";
import { useTempDatabase } from "../temp-database";
import { createUser } from "../users";

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
    bylineProfileId: null,
    lastReviewedAt: null,
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
          createdBy: userId,
          updatedAt: new Date(now.getTime() - i * 1000),
          deletedAt: i === 999 ? now : null,
        });
      }
    });
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

  it("keeps the versions of a post deleted for good, with its title and slug, and drops its pending changes", () => {
    const post = draft("record");
    const live = publish(post.id, post.revision, now, { bodyHtml: "<p>as published</p>" });
    autosavePostContent(post.id, live.revision, content({ title: live.title, slug: "record", bodyHtml: "<p>never published</p>" }), { userId, now });
    expect(temp.db.select().from(postDrafts).all()).toHaveLength(1);
    trashPost(post.id, now);
    expect(emptyTrash()).toBe(1);
    expect(temp.db.select().from(posts).all()).toHaveLength(0);
    expect(temp.db.select().from(postDrafts).all()).toHaveLength(0);
    expect(temp.db.select().from(postVersions).all()).toEqual([
      expect.objectContaining({ postId: null, slug: "record", title: "Title record", bodyHtml: "<p>as published</p>", savedBy: userId }),
    ]);
  });
});

describe("pending changes to a published or scheduled post", () => {
  const later = new Date(now.getTime() + 60_000);

  function livePost(slug: string, at = new Date(now.getTime() - HOUR)) {
    const post = draft(slug, { bodyHtml: "<p>Live words.</p>" });
    return publish(post.id, post.revision, at, { bodyHtml: "<p>Live words.</p>" });
  }

  function versionCount(postId: number) {
    return temp.db.select().from(postVersions).where(eq(postVersions.postId, postId)).all().length;
  }

  it("autosave of a draft still writes the draft itself", () => {
    const post = draft("plain");
    const saved = autosavePostContent(post.id, post.revision, content({ slug: "plain", bodyHtml: "<p>typed</p>" }), { userId, now });
    expect(saved).toMatchObject({ ok: true, post: { bodyHtml: "<p>typed</p>", pending: null, revision: post.revision + 1 } });
    expect(temp.db.select().from(postDrafts).all()).toHaveLength(0);
  });

  it("autosave keeps the changes aside: the public row, the public pages and the versions stay as published", () => {
    const live = livePost("aside");
    const before = temp.db.select().from(posts).where(eq(posts.id, live.id)).get()!;
    expect(versionCount(live.id)).toBe(1);

    const saved = autosavePostContent(
      live.id,
      live.revision,
      content({ title: "Half-typed new title", slug: "aside-renamed", bodyHtml: "<p>Half a sent</p>", tags: ["Bond"], seoTitle: "SEO" }),
      { userId, now: later },
    );
    expect(saved.ok).toBe(true);
    const stored = findPostForEdit(live.id)!;
    // The editor gets the pending changes; the post's own columns are untouched but the revision moves on.
    expect(stored.pending).toMatchObject({ title: "Half-typed new title", slug: "aside-renamed", bodyHtml: "<p>Half a sent</p>", tags: ["Bond"], seoTitle: "SEO", savedBy: userId, updatedAt: later });
    const after = temp.db.select().from(posts).where(eq(posts.id, live.id)).get()!;
    expect(after).toEqual({ ...before, revision: before.revision + 1, updatedAt: later });
    expect(stored.tags).toEqual([]);
    expect(versionCount(live.id)).toBe(1);

    // The public pages never read the pending changes.
    expect(findPublicPostBySlug("aside", later)).toMatchObject({ title: "Title aside", bodyHtml: "<p>Live words.</p>", contentUpdatedAt: null, tags: [] });
    expect(findPublicPostBySlug("aside-renamed", later)).toBeUndefined();
    expect(findRedirectedSlug("aside", later)).toBeUndefined();
    expect(listPublicPosts({ limit: 10, now: later })).toEqual([expect.objectContaining({ slug: "aside", title: "Title aside" })]);
    // The admin list marks the post.
    expect(listAdminPosts({ limit: 10, now: later })).toEqual([expect.objectContaining({ id: live.id, status: "published", pendingChanges: true })]);

    // More typing replaces the pending changes; typing back to the published text drops them.
    const again = autosavePostContent(live.id, after.revision, content({ title: "Half-typed new title", slug: "aside-renamed", bodyHtml: "<p>Half a sentence.</p>" }), { userId, now: later });
    expect(again.ok && again.post.pending?.bodyHtml).toBe("<p>Half a sentence.</p>");
    expect(temp.db.select().from(postDrafts).all()).toHaveLength(1);
    const back = autosavePostContent(live.id, after.revision + 1, content({ title: "Title aside", slug: "aside", bodyHtml: "<p>Live words.</p>" }), { userId, now: later });
    expect(back).toMatchObject({ ok: true, post: { pending: null } });
    expect(listAdminPosts({ limit: 10, now: later })[0]?.pendingChanges).toBe(false);
  });

  it("updating applies the changes: one version, \"Updated\", a redirect from the old slug, no pending changes left", () => {
    const live = livePost("update-me");
    const pending = autosavePostContent(live.id, live.revision, content({ title: "New title", slug: "updated-address", bodyHtml: "<p>New words.</p>" }), { userId, now });
    expect(pending.ok).toBe(true);
    const revision = findPostForEdit(live.id)!.revision;
    const updated = savePostContent(live.id, revision, content({ title: "New title", slug: "updated-address", bodyHtml: "<p>New words.</p>" }), { userId, now: later });
    expect(updated).toMatchObject({ ok: true, post: { title: "New title", bodyHtml: "<p>New words.</p>", pending: null, contentUpdatedAt: later, publishedAt: live.publishedAt } });
    expect(temp.db.select().from(postDrafts).all()).toHaveLength(0);
    expect(versionCount(live.id)).toBe(2);
    expect(listPostVersions(live.id)[0]).toMatchObject({ title: "New title", slug: "updated-address", createdAt: later });
    expect(findPublicPostBySlug("updated-address", later)).toMatchObject({ bodyHtml: "<p>New words.</p>", contentUpdatedAt: later });
    expect(findRedirectedSlug("update-me", later)).toBe("updated-address");
  });

  it("updating a scheduled post keeps its time; it stays hidden until then", () => {
    const post = draft("sched", { bodyHtml: "<p>Live words.</p>" });
    const scheduled = publish(post.id, post.revision, new Date(now.getTime() + 2 * HOUR));
    autosavePostContent(post.id, scheduled.revision, content({ title: scheduled.title, slug: "sched", bodyHtml: "<p>Better words.</p>" }), { userId, now });
    expect(findPostForEdit(post.id)).toMatchObject({ bodyHtml: "<p>Live words.</p>", pending: { bodyHtml: "<p>Better words.</p>" } });
    const updated = savePostContent(post.id, scheduled.revision + 1, content({ title: scheduled.title, slug: "sched", bodyHtml: "<p>Better words.</p>" }), { userId, now });
    expect(updated).toMatchObject({ ok: true, post: { status: "published", publishedAt: scheduled.publishedAt, bodyHtml: "<p>Better words.</p>", pending: null, contentUpdatedAt: null } });
    expect(findPublicPostBySlug("sched", now)).toBeUndefined();
    expect(findPublicPostBySlug("sched", new Date(now.getTime() + 2 * HOUR))?.bodyHtml).toBe("<p>Better words.</p>");
  });

  it("discarding drops the changes and moves the revision on; the public post is as it was", () => {
    const live = livePost("discard-me");
    autosavePostContent(live.id, live.revision, content({ title: live.title, slug: "discard-me", bodyHtml: "<p>Oops.</p>" }), { userId, now });
    expect(discardPendingDraft(live.id, live.revision, now)).toEqual({ ok: false, reason: "conflict" });
    const discarded = discardPendingDraft(live.id, live.revision + 1, later);
    expect(discarded).toMatchObject({ ok: true, post: { pending: null, bodyHtml: "<p>Live words.</p>", revision: live.revision + 2 } });
    expect(temp.db.select().from(postDrafts).all()).toHaveLength(0);
    expect(versionCount(live.id)).toBe(1);
    expect(findPublicPostBySlug("discard-me", later)?.bodyHtml).toBe("<p>Live words.</p>");
  });

  it("two tabs: the later autosave of a published post is refused and the first tab's changes stay", () => {
    const live = livePost("two-tabs");
    const one = autosavePostContent(live.id, live.revision, content({ title: live.title, slug: "two-tabs", bodyHtml: "<p>tab one</p>" }), { userId, now });
    const two = autosavePostContent(live.id, live.revision, content({ title: live.title, slug: "two-tabs", bodyHtml: "<p>tab two</p>" }), { userId, now });
    expect(one.ok).toBe(true);
    expect(two).toEqual({ ok: false, reason: "conflict" });
    expect(findPostForEdit(live.id)!.pending?.bodyHtml).toBe("<p>tab one</p>");
    // Publishing from the stale tab is refused too.
    const stale = savePostContent(live.id, live.revision, content({ title: live.title, slug: "two-tabs", bodyHtml: "<p>tab two</p>" }), { userId, statusChange: { status: "draft" }, now });
    expect(stale).toEqual({ ok: false, reason: "conflict" });
    expect(findPublicPostBySlug("two-tabs", now)?.bodyHtml).toBe("<p>Live words.</p>");
  });

  it("refuses pending changes with a slug another post uses, and never saves them over the trash", () => {
    draft("other-post");
    const live = livePost("mine");
    expect(autosavePostContent(live.id, live.revision, content({ slug: "other-post" }), { userId, now })).toMatchObject({ ok: false, reason: "slug" });
    trashPost(live.id, now);
    expect(autosavePostContent(live.id, live.revision + 1, content({ slug: "mine" }), { userId, now })).toEqual({ ok: false, reason: "trashed" });
    expect(temp.db.select().from(postDrafts).all()).toHaveLength(0);
  });

  it("restoring a version replaces the pending changes and goes live", () => {
    const live = livePost("restore-over");
    const [version] = listPostVersions(live.id);
    savePostContent(live.id, live.revision, content({ title: live.title, slug: "restore-over", bodyHtml: "<p>Second.</p>" }), { userId, now });
    autosavePostContent(live.id, live.revision + 1, content({ title: live.title, slug: "restore-over", bodyHtml: "<p>Typing…</p>" }), { userId, now });
    const restored = restorePostVersion(live.id, version!.id, { userId, now: later });
    expect(restored).toMatchObject({ ok: true, post: { bodyHtml: "<p>Live words.</p>", pending: null } });
    expect(findPublicPostBySlug("restore-over", later)?.bodyHtml).toBe("<p>Live words.</p>");
  });
});
