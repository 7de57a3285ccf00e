import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { postFieldsSchema } from "@/lib/posts/post-input";
import { insertPost } from "./posts";
import { tags } from "./schema";
import { findPublicTag, findTagRedirect, listAdminTags, listPublicTags, listTagNames, mergeTags, renameTag, setPostTags, tagNamesOf } from "./tags";
import { useTempDatabase } from "./temp-database";
import { createUser } from "./users";

let temp: ReturnType<typeof useTempDatabase>;
let postId: number;

beforeEach(() => {
  temp = useTempDatabase();
  const createdBy = createUser({ email: "a@example.com", name: "Alex Author" }).id;
  postId = insertPost({ slug: "p", title: "P", createdBy, updatedAt: new Date() }).id;
});
afterEach(() => temp.remove());

it("treats names with the same address as one tag, keeping the first spelling", () => {
  setPostTags(temp.db, postId, ["Bond", "bond", " BOND "]);
  expect(tagNamesOf(postId)).toEqual(["Bond"]);
  expect(temp.db.select().from(tags).all()).toEqual([expect.objectContaining({ name: "Bond", slug: "bond" })]);
});

it("reuses an existing tag and leaves out a name without a letter or digit", () => {
  setPostTags(temp.db, postId, ["DUI"]);
  const other = insertPost({ slug: "q", title: "Q", createdBy: 1, updatedAt: new Date() }, ["dui", "!!!"]);
  expect(tagNamesOf(other.id)).toEqual(["DUI"]);
  expect(temp.db.select().from(tags).all().map((t) => t.slug)).toEqual(["dui"]);
});

it("refuses a tag of only symbols in the editor's fields, with a message", () => {
  const fields = { title: "T", slug: "", excerpt: "", bodyHtml: "", tags: "Bond, !!!", coverMediaId: null, coverAlt: "", seoTitle: "", seoDescription: "", useDefaultDisclaimer: true, disclaimer: "", bylineProfileId: null, lastReviewedAt: "" };
  const parsed = postFieldsSchema.safeParse(fields);
  expect(parsed.success).toBe(false);
  expect(parsed.error?.issues.map((i) => i.message)).toEqual(["A tag needs at least one letter or number."]);
});

it("keeps the writer's order", () => {
  setPostTags(temp.db, postId, ["Court", "Bond", "Arrests"]);
  expect(tagNamesOf(postId)).toEqual(["Court", "Bond", "Arrests"]);
  setPostTags(temp.db, postId, ["Arrests", "Court"]);
  expect(tagNamesOf(postId)).toEqual(["Arrests", "Court"]);
});

describe("the admin's renames and merges", () => {
  const now = new Date("2026-06-15T12:00:00Z");
  const published = (slug: string, names: string[]) =>
    insertPost({ slug, title: slug, createdBy: 1, status: "published", publishedAt: new Date(now.getTime() - 1000), updatedAt: now }, names);
  const idOf = (slug: string) => temp.db.select().from(tags).all().find((t) => t.slug === slug)!.id;

  it("renames a tag: its address follows, and the old one redirects", () => {
    const p = published("p1", ["DUI", "Court"]);
    expect(renameTag(idOf("dui"), "Drunk driving")).toEqual({ ok: true, slug: "drunk-driving" });
    expect(tagNamesOf(p.id)).toEqual(["Drunk driving", "Court"]);
    expect(findTagRedirect("dui")).toBe("drunk-driving");
    expect(findPublicTag("drunk-driving", now)).toMatchObject({ name: "Drunk driving", postCount: 1 });
    expect(findPublicTag("dui", now)).toBeUndefined();
    // Renamed back: the address is the tag's own again, not a redirect.
    expect(renameTag(idOf("drunk-driving"), "DUI")).toEqual({ ok: true, slug: "dui" });
    expect(findTagRedirect("dui")).toBeUndefined();
    expect(findTagRedirect("drunk-driving")).toBe("dui");
  });

  it("refuses a rename onto another tag's address, or to no letters, with a message", () => {
    published("p1", ["DUI", "Court"]);
    expect(renameTag(idOf("dui"), "court")).toMatchObject({ ok: false, reason: "taken", message: expect.stringContaining("Merge") });
    expect(renameTag(idOf("dui"), "!!!")).toMatchObject({ ok: false, reason: "empty" });
    expect(renameTag(9999, "Anything")).toMatchObject({ ok: false, reason: "not-found" });
  });

  it("merges a tag into another: posts move once, in the first place, and old addresses redirect", () => {
    const both = published("both", ["Bail", "Court", "Bond"]);
    const one = published("one", ["Bail"]);
    renameTag(idOf("bail"), "Bail money"); // bail → bail-money
    expect(mergeTags(idOf("bail-money"), idOf("bond"))).toEqual({ ok: true, slug: "bond" });
    expect(tagNamesOf(both.id)).toEqual(["Bond", "Court"]);
    expect(tagNamesOf(one.id)).toEqual(["Bond"]);
    expect(findTagRedirect("bail-money")).toBe("bond");
    expect(findTagRedirect("bail")).toBe("bond");
    expect(findPublicTag("bond", now)?.postCount).toBe(2);
    expect(temp.db.select().from(tags).all().map((t) => t.slug).sort()).toEqual(["bond", "court"]);
    // A new tag with a redirected address takes it back.
    published("new", ["Bail"]);
    expect(findTagRedirect("bail")).toBeUndefined();
  });

  it("lists tags with public posts only, and the admin's counts", () => {
    published("p1", ["Court"]);
    insertPost({ slug: "d", title: "d", createdBy: 1, status: "draft", updatedAt: now }, ["Draft only", "Court"]);
    expect(listPublicTags(now).map((t) => [t.slug, t.postCount])).toEqual([["court", 1]]);
    expect(findPublicTag("draft-only", now)).toBeUndefined();
    expect(listAdminTags(now).map((t) => [t.name, t.postCount, t.publicCount])).toEqual([
      ["Court", 2, 1],
      ["Draft only", 1, 0],
    ]);
    expect(listTagNames()).toEqual(["Court", "Draft only"]);
  });
});
