import { afterEach, beforeEach, expect, it } from "vitest";
import { findPublicPostBySlug, insertPost, listPublicPosts } from "./posts";
import { createProfile, emptyProfile, ensureAccountProfiles, findProfileByUserId, listListedProfiles, soleListedProfileSlug, updateProfile } from "./profiles";
import { useTempDatabase } from "./temp-database";
import { createUser } from "./users";

const now = new Date("2026-06-15T12:00:00Z");
let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => (temp = useTempDatabase()));
afterEach(() => temp.remove());

it("gives every account a profile with an address of its own, and older posts their writer's byline", () => {
  const a = createUser({ email: "a@example.com", name: "Sam Lee" });
  const b = createUser({ email: "b@example.com", name: "Sam Lee" });
  insertPost({ slug: "old", title: "Old", status: "published", publishedAt: new Date(now.getTime() - 1000), createdBy: b.id, updatedAt: now });
  ensureAccountProfiles();
  ensureAccountProfiles(); // a second run changes nothing
  expect(findProfileByUserId(a.id)?.slug).toBe("sam-lee");
  expect(findProfileByUserId(b.id)?.slug).toBe("sam-lee-2");
  updateProfile(findProfileByUserId(b.id)!.id, { ...emptyProfile("Samantha Lee, Esq.") });
  expect(findPublicPostBySlug("old", now)).toMatchObject({ authorName: "Samantha Lee, Esq.", authorSlug: "sam-lee-2" });
});

it("lists one author's posts, and knows a single-lawyer site", () => {
  const user = createUser({ email: "a@example.com", name: "Ann Author" });
  const ann = createProfile({ ...emptyProfile("Ann Author"), userId: user.id });
  const guest = createProfile({ ...emptyProfile("Guest Lawyer") });
  insertPost({ slug: "by-ann", title: "By Ann", status: "published", publishedAt: now, createdBy: user.id, bylineProfileId: ann.id, updatedAt: now });
  insertPost({ slug: "by-guest", title: "By Guest", status: "published", publishedAt: now, createdBy: user.id, bylineProfileId: guest.id, updatedAt: now });
  expect(listPublicPosts({ limit: 10, bylineProfileId: guest.id, now }).map((p) => p.slug)).toEqual(["by-guest"]);
  expect(soleListedProfileSlug()).toBeUndefined();
  updateProfile(guest.id, { ...emptyProfile("Guest Lawyer"), listed: false });
  // One listed lawyer, but bylines lead to /about only once that page is public.
  expect(soleListedProfileSlug()).toBeUndefined();
  insertPost({ kind: "page", slug: "about", title: "About", status: "published", publishedAt: now, createdBy: user.id, updatedAt: now });
  expect(soleListedProfileSlug()).toBe("ann-author");
  expect(listListedProfiles().map((p) => p.displayName)).toEqual(["Ann Author"]);
});
