import { afterEach, beforeEach, expect, it } from "vitest";
import { postFieldsSchema } from "@/lib/post-input";
import { insertPost } from "./posts";
import { tags } from "./schema";
import { setPostTags, tagNamesOf } from "./tags";
import { useTempDatabase } from "./temp-database";
import { createUser } from "./users";

let temp: ReturnType<typeof useTempDatabase>;
let postId: number;

beforeEach(() => {
  temp = useTempDatabase();
  const authorId = createUser({ email: "a@example.com", name: "Alex Author" }).id;
  postId = insertPost({ slug: "p", title: "P", authorId, updatedAt: new Date() }).id;
});
afterEach(() => temp.remove());

it("treats names with the same address as one tag, keeping the first spelling", () => {
  setPostTags(temp.db, postId, ["Bond", "bond", " BOND "]);
  expect(tagNamesOf(postId)).toEqual(["Bond"]);
  expect(temp.db.select().from(tags).all()).toEqual([expect.objectContaining({ name: "Bond", slug: "bond" })]);
});

it("reuses an existing tag and leaves out a name without a letter or digit", () => {
  setPostTags(temp.db, postId, ["DUI"]);
  const other = insertPost({ slug: "q", title: "Q", authorId: 1, updatedAt: new Date() }, ["dui", "!!!"]);
  expect(tagNamesOf(other.id)).toEqual(["DUI"]);
  expect(temp.db.select().from(tags).all().map((t) => t.slug)).toEqual(["dui"]);
});

it("refuses a tag of only symbols in the editor's fields, with a message", () => {
  const fields = { title: "T", slug: "", excerpt: "", bodyHtml: "", tags: "Bond, !!!", coverMediaId: null, coverAlt: "", seoTitle: "", seoDescription: "", useDefaultDisclaimer: true, disclaimer: "", authorProfileId: null, lastReviewedAt: "" };
  const parsed = postFieldsSchema.safeParse(fields);
  expect(parsed.success).toBe(false);
  expect(parsed.error?.issues.map((i) => i.message)).toEqual(["A tag needs at least one letter or number."]);
});
