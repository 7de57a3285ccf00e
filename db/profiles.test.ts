import { afterEach, beforeEach, expect, it } from "vitest";
import { findPublicPostBySlug, insertPost, listPublicPosts } from "./posts";
import { createProfile, defaultBylineFor, emptyProfile, ensureAccountProfiles, findProfileByUserId, findPublicProfileBySlug, listListedProfiles, signUnsignedPosts, soleListedProfileSlug, updateProfile } from "./profiles";
import { useTempDatabase } from "./temp-database";
import { createUser } from "./users";

const now = new Date("2026-06-15T12:00:00Z");
let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => (temp = useTempDatabase()));
afterEach(() => temp.remove());

it("gives every account a profile of its own that is no lawyer's page until listed, and signs older posts with the firm's lawyer", () => {
  const a = createUser({ email: "a@example.com", name: "Sam Lee" });
  const b = createUser({ email: "b@example.com", name: "Sam Lee" });
  insertPost({ slug: "old", title: "Old", status: "published", publishedAt: new Date(now.getTime() - 1000), createdBy: b.id, updatedAt: now });
  ensureAccountProfiles();
  ensureAccountProfiles(); // a second run changes nothing
  expect(findProfileByUserId(a.id)).toMatchObject({ slug: "sam-lee", listed: false });
  expect(findProfileByUserId(b.id)).toMatchObject({ slug: "sam-lee-2", listed: false });
  // No lawyer yet: the post stays unsigned, and no account's name gets a page.
  expect(signUnsignedPosts()).toBe(0);
  expect(findPublicProfileBySlug("sam-lee-2")).toBeUndefined();
  expect(defaultBylineFor(b.id)).toBeNull();

  const lawyer = createProfile({ ...emptyProfile("Jordan Avery"), title: "Attorney" });
  expect(defaultBylineFor(b.id)).toBe(lawyer.id);
  expect(signUnsignedPosts()).toBe(1);
  expect(findPublicPostBySlug("old", now)).toMatchObject({ authorName: "Jordan Avery", authorSlug: "jordan-avery" });

  // Sam's own profile, once listed, is Sam's default; a second lawyer makes the others choose.
  updateProfile(findProfileByUserId(b.id)!.id, { ...emptyProfile("Samantha Lee, Esq."), listed: true });
  expect(defaultBylineFor(b.id)).toBe(findProfileByUserId(b.id)!.id);
  expect(defaultBylineFor(a.id)).toBeNull();
  expect(findPublicProfileBySlug("sam-lee-2")?.displayName).toBe("Samantha Lee, Esq.");
});

it("links a byline to a lawyer's page only while the profile is listed", () => {
  const user = createUser({ email: "a@example.com", name: "Ann Author" });
  const ann = createProfile({ ...emptyProfile("Ann Author"), userId: user.id });
  insertPost({ slug: "by-ann", title: "By Ann", status: "published", publishedAt: now, createdBy: user.id, bylineProfileId: ann.id, updatedAt: now });
  expect(findPublicPostBySlug("by-ann", now)).toMatchObject({ authorName: "Ann Author", authorSlug: "ann-author" });
  updateProfile(ann.id, { ...emptyProfile("Ann Author"), listed: false });
  expect(findPublicPostBySlug("by-ann", now)).toMatchObject({ authorName: "Ann Author", authorSlug: null });
  expect(listPublicPosts({ limit: 10, now })[0]).toMatchObject({ authorSlug: null });
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
