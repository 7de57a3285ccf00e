import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { autosavePostContent, restorePostVersion, savePostContent } from "./post-admin/content-save";
import { type PostContent } from "./post-admin/post-for-edit";
import { emptyTrash, restorePost, trashPost } from "./post-admin/post-trash";
import { fillMissingBodyText, insertPost, type NewPost } from "./posts";
import { MARK_END, MARK_START } from "@/lib/posts/search-marks";
import { matchExpression, searchPublicPosts, searchWords } from "./search";
import { useTempDatabase } from "./temp-database";
import { createUser } from "./users";

const HOUR = 60 * 60 * 1000;
const now = new Date("2026-06-15T12:00:00Z");
let temp: ReturnType<typeof useTempDatabase>;
let createdBy: number;

function post(slug: string, fields: { title?: string; excerpt?: string; body?: string } & Partial<NewPost> = {}) {
  const { title, excerpt, body, ...overrides } = fields;
  return insertPost({
    slug,
    title: title ?? `Post ${slug}`,
    excerpt: excerpt ?? "",
    bodyHtml: `<p>${body ?? "Nothing in particular."}</p>`,
    status: "published",
    publishedAt: new Date(now.getTime() - HOUR),
    createdBy,
    updatedAt: now,
    ...overrides,
  });
}

const slugs = (query: string, at = now) => searchPublicPosts(query, { limit: 50, now: at }).results.map((r) => r.slug);

beforeEach(() => {
  temp = useTempDatabase();
  createdBy = createUser({ email: "a@example.com", name: "Alex Author" }).id;
});
afterEach(() => temp.remove());

describe("ranking", () => {
  it("puts a title match above an excerpt match above a body match", () => {
    post("body", { title: "Court dates", body: "How bond works after an arrest." });
    post("title", { title: "What bond costs", body: "Money and the court." });
    post("excerpt", { title: "Your first hearing", excerpt: "Bond, explained briefly.", body: "The judge decides." });
    expect(slugs("bond")).toEqual(["title", "excerpt", "body"]);
  });

  it("ranks more mentions higher, and among equals the newest first", () => {
    post("once", { body: "Bail is money. The rest is about court." });
    post("often", { body: "Bail, bail and bail again: bail hearings decide bail." });
    post("older", { body: "Bail is money. The rest is about court.", publishedAt: new Date(now.getTime() - 5 * HOUR) });
    expect(slugs("bail")).toEqual(["often", "once", "older"]);
  });

  it("finds other forms of a word, a word being typed, and words without their accents", () => {
    post("arrest", { body: "After you were arrested, say nothing." });
    post("resume", { body: "Bring your résumé to the interview." });
    expect(slugs("arresting")).toEqual(["arrest"]);
    expect(slugs("arr")).toEqual(["arrest"]);
    expect(slugs("resume")).toEqual(["resume"]);
  });

  it("needs every word, and offers posts with some of them when none has all", () => {
    post("both", { body: "A DUI arrest on a Friday." });
    post("one", { body: "A DUI charge." });
    const all = searchPublicPosts("dui arrest", { limit: 10, now });
    expect(all).toMatchObject({ mode: "all", total: 1 });
    expect(all.results.map((r) => r.slug)).toEqual(["both"]);
    const any = searchPublicPosts("dui expungement", { limit: 10, now });
    expect(any.mode).toBe("any");
    expect(any.results.map((r) => r.slug).sort()).toEqual(["both", "one"]);
  });

  it("marks the matches in the title and in a short passage of the body, and pages through results", () => {
    post("marked", { title: "Bond hearings", body: `${"Words before. ".repeat(40)}At the bond hearing the judge sets conditions. ${"Words after. ".repeat(40)}` });
    const [result] = searchPublicPosts("bond", { limit: 10, now }).results;
    expect(result!.titleMarked).toBe(`${MARK_START}Bond${MARK_END} hearings`);
    expect(result!.snippetMarked).toContain(`the ${MARK_START}bond${MARK_END} hearing`);
    expect(result!.snippetMarked.length).toBeLessThan(300);
    for (let i = 0; i < 12; i++) post(`many-${i}`, { body: "Probation rules." });
    const second = searchPublicPosts("probation", { limit: 10, offset: 10, now });
    expect(second.total).toBe(12);
    expect(second.results).toHaveLength(2);
  });
});

describe("what a person may type", () => {
  const hostile = [
    '"',
    '"bond',
    'bond"',
    "DUI OR",
    "OR",
    "AND NOT",
    "NOT bond",
    "*",
    "bond*",
    "NEAR(",
    "NEAR(bond arrest, 2)",
    "title:bond",
    "{title excerpt}: bond",
    "^bond",
    "bond + arrest - jail",
    "(((",
    "'; drop table posts; --",
    "%_\\",
    "\u0000\u0001\u0002",
    "🚓🚓🚓",
    "bail 🚓 bond",
    "x".repeat(2000),
    "bond ".repeat(400),
    "ünïcödé 日本語 العربية",
    "\u0301\u0301",
    "",
    "   ",
  ];

  it.each(hostile)("never fails on %j", (query) => {
    post("bond", { body: "Bond and bail after an arrest." });
    expect(() => searchPublicPosts(query, { limit: 10, now })).not.toThrow();
  });

  it("treats FTS5 syntax as plain words", () => {
    post("bond", { body: "Bond and bail after an arrest." });
    post("or", { body: "This or that." });
    expect(slugs('"bond')).toEqual(["bond"]);
    expect(slugs("DUI OR")).toEqual(["or"]); // "or" is a word here, not an operator
    expect(slugs("NEAR(")).toEqual([]);
    expect(slugs("*")).toEqual([]);
    expect(slugs("🚓 bond")).toEqual(["bond"]);
  });

  it("quotes every word, so none is an operator", () => {
    expect(searchWords('DUI OR "bond* NEAR(x')).toEqual(["dui", "or", "bond", "near", "x"]);
    expect(matchExpression(["dui", "or"], "all")).toBe('"dui" AND "or"*');
    expect(searchWords("x".repeat(2000))).toEqual(["x".repeat(200)]);
    expect(searchWords("a b c d e f g h i j k l m n o")).toHaveLength(12);
  });
});

describe("only what the public may see, kept in step with every change", () => {
  const content = (title: string, body: string, slug: string): PostContent => ({
    title,
    slug,
    excerpt: "",
    bodyHtml: `<p>${body}</p>`,
    tags: [],
    coverMediaId: null,
    coverAlt: null,
    seoTitle: null,
    seoDescription: null,
    disclaimer: null,
    bylineProfileId: null,
    lastReviewedAt: null,
  });

  it("never shows drafts, scheduled posts or the trash", () => {
    post("public", { body: "Expungement basics." });
    post("draft", { body: "Expungement draft.", status: "draft", publishedAt: null });
    post("scheduled", { body: "Expungement later.", publishedAt: new Date(now.getTime() + HOUR) });
    post("trashed", { body: "Expungement gone.", deletedAt: now });
    expect(slugs("expungement")).toEqual(["public"]);
    expect(slugs("expungement", new Date(now.getTime() + 2 * HOUR)).sort()).toEqual(["public", "scheduled"]);
  });

  it("never shows pending edits, and shows them once applied; follows slug changes, trash, restore and emptying the trash", () => {
    const created = post("live", { title: "Live title", body: "Original words about probation." });
    const userId = createdBy;
    const pending = autosavePostContent(created.id, created.revision, content("Live title", "Secret pending words about parole.", "live"), { userId, now });
    expect(pending.ok).toBe(true);
    expect(slugs("parole")).toEqual([]);
    expect(slugs("probation")).toEqual(["live"]);

    const revision = pending.ok ? pending.post.revision : 0;
    const updated = savePostContent(created.id, revision, content("Live title", "Now about parole.", "moved"), { userId, now });
    expect(updated.ok).toBe(true);
    expect(slugs("parole")).toEqual(["moved"]);
    expect(slugs("probation")).toEqual([]);

    trashPost(created.id, now);
    expect(slugs("parole")).toEqual([]);
    restorePost(created.id, now);
    expect(slugs("parole")).toEqual(["moved"]);

    trashPost(created.id, now);
    expect(emptyTrash()).toBe(1);
    expect(slugs("parole")).toEqual([]);
    expect(temp.db.$client.prepare("select count(*) as n from posts_search where posts_search match 'parole'").get()).toEqual({ n: 0 });
  });

  it("restoring a kept version puts its words back in the index", () => {
    const created = post("versions", { title: "Versions", body: "placeholder" });
    const first = savePostContent(created.id, created.revision, content("Versions", "First words about diversion.", "versions"), { userId: createdBy, statusChange: { status: "published", publishedAt: new Date(now.getTime() - HOUR) }, now });
    const second = first.ok ? savePostContent(created.id, first.post.revision, content("Versions", "Second words about probation.", "versions"), { userId: createdBy, now }) : first;
    expect(second.ok).toBe(true);
    expect(slugs("diversion")).toEqual([]);
    const [oldest] = temp.db.$client.prepare("select id from post_versions where post_id = ? order by id").all(created.id) as { id: number }[];
    expect(restorePostVersion(created.id, oldest!.id, { userId: createdBy, now }).ok).toBe(true);
    expect(slugs("diversion")).toEqual(["versions"]);
    expect(slugs("probation")).toEqual([]);
  });

  it("indexes posts written without their text once it is filled in", () => {
    temp.db.$client
      .prepare("insert into posts (slug, title, body_html, status, published_at, created_by, updated_at) values ('by-hand', 'By hand', '<p>Written &amp; indexed: warrant.</p>', 'published', ?, ?, ?)")
      .run(now.getTime() - HOUR, createdBy, now.getTime());
    expect(slugs("warrant")).toEqual([]);
    expect(fillMissingBodyText()).toBe(1);
    expect(slugs("warrant")).toEqual(["by-hand"]);
    expect(slugs("hand")).toEqual(["by-hand"]);
  });
});
