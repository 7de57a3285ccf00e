import { afterEach, beforeEach, expect, it } from "vitest";
import { listAdminPosts } from "@/db/post-admin/admin-post-list";
import { insertPost } from "@/db/posts";
import { useTempDatabase } from "@/db/temp-database";
import { createUser } from "@/db/users";
import { fillMissingWritingScores, recordWritingScores } from "./post-scores";

let temp: ReturnType<typeof useTempDatabase>;
let userId: number;

beforeEach(() => {
  temp = useTempDatabase();
  userId = createUser({ email: "owner@firm.test", name: "Owner", passwordHash: "x", role: "owner" }).id;
});
afterEach(() => temp.remove());

const plain = "<h2>What happens next</h2><p>The prosecutor decides. You can call us at any time. We will explain each step in plain words.</p>";
const legal =
  "<p>Pursuant to the statute, the alleged victim's recantation is not sufficient to terminate the prosecution, notwithstanding the complainant's wishes, and prior to the arraignment the accused shall not contact the complainant.</p>";

it("scores posts that have none at start-up, and the list sorts by them, lowest first, unscored last", () => {
  const post = (slug: string, bodyHtml: string, i: number) =>
    insertPost({ slug, title: `Post ${slug}`, excerpt: "", bodyHtml, status: "draft", createdBy: userId, updatedAt: new Date(Date.UTC(2026, 0, 1 + i)) }).id;
  const plainId = post("plain", plain, 0);
  const legalId = post("legal", legal, 1);
  const emptyId = post("empty", "", 2);
  expect(fillMissingWritingScores()).toBe(3);
  // Each has a search score now (the empty one has a title), so none is read again.
  expect(fillMissingWritingScores()).toBe(0);

  const rows = listAdminPosts({ kinds: ["post"], limit: 10, sort: "readability" });
  expect(rows.map((r) => r.id)).toEqual([legalId, plainId, emptyId]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  expect(byId.get(plainId)!.readabilityScore!).toBeGreaterThan(byId.get(legalId)!.readabilityScore!);
  expect(byId.get(emptyId)!.readabilityScore).toBeNull();
  expect(byId.get(emptyId)!.searchScore).not.toBeNull();
  // The usual order is untouched: most recently changed first.
  expect(listAdminPosts({ kinds: ["post"], limit: 10 }).map((r) => r.id)).toEqual([emptyId, legalId, plainId]);
});

it("a save records the scores of what was saved", () => {
  const id = insertPost({ slug: "later", title: "Later", excerpt: "", bodyHtml: legal, status: "draft", createdBy: userId, updatedAt: new Date() }).id;
  recordWritingScores(id, { title: "Later", slug: "later", excerpt: "", bodyHtml: legal, seoTitle: null, seoDescription: null });
  const before = listAdminPosts({ kinds: ["post"], limit: 1 })[0]!.readabilityScore!;
  recordWritingScores(id, { title: "Later", slug: "later", excerpt: "", bodyHtml: plain, seoTitle: null, seoDescription: null });
  expect(listAdminPosts({ kinds: ["post"], limit: 1 })[0]!.readabilityScore!).toBeGreaterThan(before);
});
