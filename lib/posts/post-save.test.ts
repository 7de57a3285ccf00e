import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findPostForEdit } from "@/db/post-admin/post-for-edit";
import { listPostVersions } from "@/db/post-admin/post-versions";
import { findPublicPostBySlug, listPublicPosts } from "@/db/posts";
import { useTempDatabase } from "@/db/temp-database";
import { createProfile, emptyProfile } from "@/db/profiles";
import { createUser } from "@/db/users";
import { EMPTY_POST_FIELDS, type PostFieldsInput } from "./post-input";
import { editorFields, editorState, saveFromEditor, type EditorPostState } from "./post-save";
import { approveAndPublish, returnForChanges } from "@/lib/publishing/approval";

const now = new Date("2026-03-01T12:00:00Z");
let temp: ReturnType<typeof useTempDatabase>;
let user: { id: number; role: "owner" | "editor"; publishesDirectly: boolean };

function fields(overrides: Partial<PostFieldsInput> = {}): PostFieldsInput {
  return { ...EMPTY_POST_FIELDS, title: "What to do after an arrest", bodyHtml: "<p>Stay calm.</p>", ...overrides };
}

function create(overrides: Partial<PostFieldsInput> = {}) {
  const outcome = saveFromEditor(user, null, { revision: 0, intent: "save", fields: fields(overrides) }, now);
  if (!outcome.body.ok) throw new Error(outcome.body.error);
  return outcome.body.post;
}

beforeEach(() => {
  temp = useTempDatabase();
  const row = createUser({ email: "o@example.com", name: "Olive Owner", role: "owner" });
  user = { id: row.id, role: "owner", publishesDirectly: false };
  // The firm's one lawyer: every new post's default byline.
  createProfile({ ...emptyProfile("Olive Owner"), userId: row.id });
});
afterEach(() => temp.remove());

describe("saveFromEditor", () => {
  it("makes a draft with a slug from the title, its tags in the order written", () => {
    const post = create({ title: "Victims’ rights in Alabama", tags: "Rights, Court" });
    expect(post).toMatchObject({ slug: "victims-rights-in-alabama", status: "draft", revision: 1 });
    expect(findPostForEdit(post.id)).toMatchObject({ createdBy: user.id, tags: ["Rights", "Court"], disclaimer: null });
  });

  const payloads = [
    '<p>Hi</p><script>alert(1)</script>',
    '<p onclick="alert(1)" onmouseover="alert(2)">Hi</p>',
    '<p><a href="javascript:alert(1)">Hi</a></p>',
    '<p><a href="&#106;avascript:alert(1)">Hi</a></p>',
    '<p><a href=" data:text/html,<script>alert(1)</script>">Hi</a></p>',
    '<iframe src="https://evil.example"></iframe><p>Hi</p>',
    '<style>body{display:none}</style><p style="color:red">Hi</p>',
    '<svg onload="alert(1)"><script>alert(1)</script></svg><p>Hi</p>',
    '<object data="x.swf"></object><embed src="x.swf"><form action="https://evil.example"><p>Hi</p></form>',
    '<img src=x onerror=alert(1)><p>Hi</p>',
  ];

  it.each(payloads)("stores %s without anything dangerous", (bodyHtml) => {
    const post = create({ bodyHtml });
    const stored = findPostForEdit(post.id)!.bodyHtml;
    expect(stored).toMatch(/<p>(<a>)?Hi(<\/a>)?<\/p>/);
    expect(stored).not.toMatch(/script|on\w+=|javascript|data:|iframe|style|svg|object|embed|form|img/i);
  });

  it("sanitizes on update and publish too, and the public post holds the clean body", () => {
    const post = create();
    const outcome = saveFromEditor(
      user,
      post.id,
      { revision: post.revision, intent: "publish", fields: fields({ bodyHtml: '<p>Live<script>alert(1)</script><a href="javascript:x" onclick="y">x</a></p>' }) },
      now,
    );
    expect(outcome.status).toBe(200);
    expect(findPublicPostBySlug(post.slug, now)?.bodyHtml).toBe("<p>Live<a>x</a></p>");
  });

  it("answers 400 with a message next to each field over its limit, and saves nothing", () => {
    const outcome = saveFromEditor(
      user,
      null,
      { revision: 0, intent: "save", fields: fields({ title: "x".repeat(201), slug: "Not A Slug", excerpt: "e".repeat(501), coverMediaId: 99 }) },
      now,
    );
    expect(outcome.status).toBe(400);
    expect(outcome.body).toMatchObject({
      ok: false,
      fieldErrors: {
        title: "The title can be at most 200 characters.",
        slug: "Use lowercase letters, numbers and single hyphens only.",
        excerpt: "The excerpt can be at most 500 characters.",
        coverAlt: "Describe the image for people who cannot see it.",
      },
    });
    expect(saveFromEditor(user, null, { revision: 0, intent: "save", fields: { ...fields(), title: 5 } }, now).status).toBe(400);
    expect(saveFromEditor(user, null, "not json", now).status).toBe(400);
    expect(temp.db.$client.prepare("select count(*) as n from posts").get()).toEqual({ n: 0 });
  });

  it("answers 409 to a save from a stale tab, and keeps the first save", () => {
    const post = create();
    const tabOne = saveFromEditor(user, post.id, { revision: post.revision, intent: "save", fields: fields({ bodyHtml: "<p>one</p>" }) }, now);
    const tabTwo = saveFromEditor(user, post.id, { revision: post.revision, intent: "save", fields: fields({ bodyHtml: "<p>two</p>" }) }, now);
    expect(tabOne.status).toBe(200);
    expect(tabTwo).toMatchObject({ status: 409, body: { conflict: true, error: expect.stringContaining("changed in another tab or by someone else") } });
    expect(findPostForEdit(post.id)!.bodyHtml).toBe("<p>one</p>");
  });

  it("publishes a post with a past date at once, with that date (an imported post), and refuses a date before 1990", () => {
    const post = create();
    const typo = saveFromEditor(user, post.id, { revision: post.revision, intent: "schedule", publishAt: "0202-03-01T09:00", fields: fields() }, now);
    expect(typo).toMatchObject({ status: 400, body: { fieldErrors: { publishAt: "Enter a date after 1990." } } });
    // 5:59 in Chicago on March 1 (CST) is 11:59 UTC: just before `now`.
    const past = saveFromEditor(user, post.id, { revision: post.revision, intent: "schedule", publishAt: "2026-03-01T05:59", fields: fields() }, now);
    expect(past).toMatchObject({ status: 200, publicChanged: true, body: { post: { status: "published", publishedAt: "2026-03-01T11:59:00.000Z" } } });
    const older = create({ title: "From the old site" });
    saveFromEditor(user, older.id, { revision: older.revision, intent: "schedule", publishAt: "2019-05-04T10:00", fields: fields({ title: "From the old site" }) }, now);
    // Sorted where its date puts it: after the newer one.
    expect(listPublicPosts({ limit: 10, now }).map((p) => p.title)).toEqual(["What to do after an arrest", "From the old site"]);
  });

  it("schedules in the firm's time zone (America/Chicago by default)", () => {
    const post = create();
    // 9:00 on March 9 is CDT (the clocks changed on March 8): 14:00 UTC.
    const outcome = saveFromEditor(user, post.id, { revision: post.revision, intent: "schedule", publishAt: "2026-03-09T09:00", fields: fields() }, now);
    expect(outcome.body).toMatchObject({
      ok: true,
      // The editor's field gets the wall-clock time; its status line the firm's way of writing it.
      post: { status: "scheduled", publishedAt: "2026-03-09T14:00:00.000Z", publishedAtLocal: "2026-03-09T09:00:00", publishedAtText: expect.stringMatching(/^Mar 9, 2026, 9:00\sAM/) },
    });
  });

  it("keeps a per-post disclaimer only when the default is not used", () => {
    const own = create({ useDefaultDisclaimer: false, disclaimer: "Tennessee law only." });
    expect(findPostForEdit(own.id)!.disclaimer).toBe("Tennessee law only.");
    const missing = saveFromEditor(user, null, { revision: 0, intent: "save", fields: fields({ title: "Other", useDefaultDisclaimer: false, disclaimer: " " }) }, now);
    expect(missing.body).toMatchObject({ fieldErrors: { disclaimer: expect.any(String) } });
  });

  describe("a published or scheduled post", () => {
    const later = new Date(now.getTime() + 60_000);

    function send(post: { id: number; revision: number }, intent: string, overrides: Partial<PostFieldsInput> = {}, at = now, publishAt?: string) {
      return saveFromEditor(user, post.id, { revision: post.revision, intent, publishAt, fields: fields({ slug: "what-to-do-after-an-arrest", ...overrides }) }, at);
    }

    function ok(outcome: ReturnType<typeof saveFromEditor>): EditorPostState {
      if (!outcome.body.ok) throw new Error(outcome.body.error);
      return outcome.body.post;
    }

    function published() {
      const post = create();
      return ok(send(post, "publish"));
    }

    it("autosave keeps the changes off the public site, sanitized, and records no version", () => {
      const post = published();
      expect(post).toMatchObject({ status: "published", pendingChanges: false });
      const saved = ok(send(post, "save", { title: "Half-typed", bodyHtml: '<p>Half a sent<script>alert(1)</script><a href="javascript:x">x</a></p>' }, later));
      expect(saved).toMatchObject({ status: "published", pendingChanges: true, revision: post.revision + 1, publicSlug: post.slug });
      expect(findPostForEdit(post.id)!.pending?.bodyHtml).toBe("<p>Half a sent<a>x</a></p>");
      expect(editorFields(findPostForEdit(post.id), "America/Chicago")).toMatchObject({ title: "Half-typed", bodyHtml: "<p>Half a sent<a>x</a></p>" });
      expect(findPublicPostBySlug(post.slug, later)).toMatchObject({ title: "What to do after an arrest", bodyHtml: "<p>Stay calm.</p>", contentUpdatedAt: null });
      expect(listPublicPosts({ limit: 5, now: later }).map((p) => p.title)).toEqual(["What to do after an arrest"]);
      expect(listPostVersions(post.id)).toHaveLength(1);
    });

    it("update makes the changes public with \"Updated\" and records exactly one version", () => {
      const post = published();
      const pending = ok(send(post, "save", { bodyHtml: "<p>Stay calm and call us.</p>" }, later));
      const updated = ok(send(pending, "update", { bodyHtml: "<p>Stay calm and call us.</p>" }, later));
      expect(updated).toMatchObject({ status: "published", pendingChanges: false, publishedAt: post.publishedAt });
      expect(findPublicPostBySlug(post.slug, later)).toMatchObject({ bodyHtml: "<p>Stay calm and call us.</p>", contentUpdatedAt: later });
      expect(listPostVersions(post.id)).toHaveLength(2);
    });

    it("update of a draft is refused: there is nothing public to update", () => {
      const post = create();
      expect(send(post, "update")).toMatchObject({ status: 400, body: { ok: false } });
      expect(findPostForEdit(post.id)!.status).toBe("draft");
    });

    it("discard drops the changes and gives the editor the public content back", () => {
      const post = published();
      const pending = ok(send(post, "save", { bodyHtml: "<p>Not this.</p>" }, later));
      const discarded = saveFromEditor(user, post.id, { revision: pending.revision, intent: "discard", fields: null }, later);
      expect(discarded).toMatchObject({ status: 200, body: { ok: true, post: { pendingChanges: false, revision: pending.revision + 1 } } });
      expect(editorFields(findPostForEdit(post.id), "America/Chicago").bodyHtml).toBe("<p>Stay calm.</p>");
      expect(saveFromEditor(user, post.id, { revision: pending.revision, intent: "discard", fields: null }, later)).toMatchObject({ status: 409, body: { conflict: true } });
    });

    it("unpublish with pending changes applies them: the draft is what the editor showed", () => {
      const post = published();
      const pending = ok(send(post, "save", { bodyHtml: "<p>Edited.</p>" }, later));
      const unpublished = ok(send(pending, "unpublish", { bodyHtml: "<p>Edited.</p>" }, later));
      expect(unpublished).toMatchObject({ status: "draft", pendingChanges: false });
      expect(findPostForEdit(post.id)).toMatchObject({ status: "draft", bodyHtml: "<p>Edited.</p>", pending: null });
      expect(findPublicPostBySlug(post.slug, later)).toBeUndefined();
      // A draft's autosave goes to the post itself again.
      const saved = ok(send(unpublished, "save", { bodyHtml: "<p>Edited again.</p>" }, later));
      expect(saved.pendingChanges).toBe(false);
      expect(findPostForEdit(post.id)!.bodyHtml).toBe("<p>Edited again.</p>");
    });

    it("schedule and publish with pending changes apply them, at the new time", () => {
      const post = create();
      const scheduled = ok(send(post, "schedule", {}, now, "2026-03-09T09:00"));
      expect(scheduled.status).toBe("scheduled");
      const pending = ok(send(scheduled, "save", { bodyHtml: "<p>Scheduled, then edited.</p>" }));
      expect(pending).toMatchObject({ status: "scheduled", pendingChanges: true });
      expect(findPostForEdit(post.id)!.bodyHtml).toBe("<p>Stay calm.</p>");

      const moved = ok(send(pending, "schedule", { bodyHtml: "<p>Scheduled, then edited.</p>" }, now, "2026-03-10T09:00"));
      expect(moved).toMatchObject({ status: "scheduled", pendingChanges: false, publishedAt: "2026-03-10T14:00:00.000Z" });
      expect(findPostForEdit(post.id)!.bodyHtml).toBe("<p>Scheduled, then edited.</p>");

      const again = ok(send(moved, "save", { bodyHtml: "<p>Final words.</p>" }));
      const live = ok(send(again, "publish", { bodyHtml: "<p>Final words.</p>" }, later));
      expect(live).toMatchObject({ status: "published", pendingChanges: false, publishedAt: later.toISOString() });
      expect(findPublicPostBySlug(post.slug, later)?.bodyHtml).toBe("<p>Final words.</p>");
    });

    it("update of a scheduled post keeps its time", () => {
      const post = create();
      const scheduled = ok(send(post, "schedule", {}, now, "2026-03-09T09:00"));
      const pending = ok(send(scheduled, "save", { bodyHtml: "<p>Better.</p>" }));
      const updated = ok(send(pending, "update", { bodyHtml: "<p>Better.</p>" }));
      expect(updated).toMatchObject({ status: "scheduled", pendingChanges: false, publishedAt: "2026-03-09T14:00:00.000Z" });
      expect(findPublicPostBySlug(post.slug, now)).toBeUndefined();
      expect(findPublicPostBySlug(post.slug, new Date("2026-03-09T14:00:00Z"))?.bodyHtml).toBe("<p>Better.</p>");
    });

    it("answers 409 to a stale tab's autosave of a published post, keeping the first tab's changes", () => {
      const post = published();
      const one = send(post, "save", { bodyHtml: "<p>one</p>" });
      const two = send(post, "save", { bodyHtml: "<p>two</p>" });
      expect(one.status).toBe(200);
      expect(two).toMatchObject({ status: 409, body: { conflict: true } });
      expect(findPostForEdit(post.id)!.pending?.bodyHtml).toBe("<p>one</p>");
      expect(findPublicPostBySlug(post.slug, now)?.bodyHtml).toBe("<p>Stay calm.</p>");
    });
  });
});

describe("a title another post already has", () => {
  it("saves the new post under the first free address, -2, -3, and never as an unsaved draft", () => {
    create({ title: "Can a victim drop the charges?" });
    const request = (title: string) => ({ revision: 0, intent: "save" as const, autoSlug: true, fields: fields({ title, slug: "can-a-victim-drop-the-charges" }) });
    const second = saveFromEditor(user, null, request("Can a victim drop the charges?"), now);
    expect(second.body).toMatchObject({ ok: true, post: { slug: "can-a-victim-drop-the-charges-2" } });
    const third = saveFromEditor(user, null, request("Can a victim drop the charges?"), now);
    expect(third.body).toMatchObject({ ok: true, post: { slug: "can-a-victim-drop-the-charges-3" } });
    // Its next autosave keeps its own address.
    const id = (second.body as { post: EditorPostState }).post.id;
    const again = saveFromEditor(user, id, { ...request("Can a victim drop the charges?"), revision: 1, fields: fields({ slug: "can-a-victim-drop-the-charges-2" }) }, now);
    expect(again.body).toMatchObject({ ok: true, post: { slug: "can-a-victim-drop-the-charges-2" } });
    // A slug the writer typed is theirs: a clash is said, not changed.
    const typed = saveFromEditor(user, null, { ...request("Other"), autoSlug: false }, now);
    expect(typed).toMatchObject({ status: 400, body: { fieldErrors: { slug: expect.stringMatching(/already uses this address/) } } });
  });
});

describe("review before publishing", () => {
  let editor: { id: number; role: "editor"; publishesDirectly: boolean };
  beforeEach(() => {
    editor = { id: createUser({ email: "e@example.com", name: "Eddie Editor", role: "editor" }).id, role: "editor", publishesDirectly: false };
  });

  const as = (who: typeof editor | typeof user, post: EditorPostState, intent: "save" | "publish" | "schedule" | "update" | "unpublish" | "submit", body: string, publishAt?: string) =>
    saveFromEditor(who, post.id, { revision: post.revision, intent, publishAt, fields: fields({ slug: post.slug, bodyHtml: body }) }, now);

  it("refuses an editor's publish, schedule, update and unpublish on the server", () => {
    const draft = create();
    for (const intent of ["publish", "schedule", "update", "unpublish"] as const) {
      expect(as(editor, draft, intent, "<p>Mine.</p>", "2026-04-01T09:00"), intent).toMatchObject({ status: 403, body: { error: expect.stringMatching(/send them for review/) } });
    }
    expect(findPostForEdit(draft.id)!.status).toBe("draft");
    // A trusted editor publishes directly.
    const trusted = { ...editor, publishesDirectly: true };
    expect(as(trusted, draft, "publish", "<p>Mine.</p>")).toMatchObject({ status: 200, publicChanged: true });
  });

  it("an editor's draft waits for the owner, and goes live only when the owner publishes it", () => {
    const draft = create();
    const sent = as(editor, draft, "submit", "<p>Please publish.</p>", "2026-03-02T09:00");
    expect(sent).toMatchObject({ status: 200, body: { post: { status: "draft", approval: { action: "publish", publishAtText: expect.stringMatching(/^Mar 2, 2026, 9:00/) } } } });
    expect(sent.publicChanged).toBeFalsy();
    expect(findPublicPostBySlug(draft.slug, new Date("2026-03-03T00:00:00Z"))).toBeUndefined();
    const state = (sent.body as { post: EditorPostState }).post;
    expect(approveAndPublish(user, draft.id, state.revision - 1, now)).toMatchObject({ ok: false, message: expect.stringMatching(/changed while you were reading/) });
    expect(approveAndPublish(user, draft.id, state.revision, now)).toEqual({ ok: true });
    const live = findPostForEdit(draft.id)!;
    expect(live).toMatchObject({ status: "published", bodyHtml: "<p>Please publish.</p>", publishedAt: new Date("2026-03-02T15:00:00Z") });
    expect(listPostVersions(draft.id)).toHaveLength(1);
    expect(approveAndPublish(user, draft.id, live.revision, now)).toMatchObject({ ok: false });
  });

  it("an editor's update of a published post stays pending until the owner publishes it, or goes back with a note", () => {
    const draft = create();
    const published = ok(saveFromEditor(user, draft.id, { revision: draft.revision, intent: "publish", fields: fields() }, now));
    const sent = ok(as(editor, published, "submit", "<p>Edited by the editor.</p>"));
    expect(sent).toMatchObject({ status: "published", pendingChanges: true, approval: { action: "update" } });
    expect(findPublicPostBySlug(draft.slug, now)?.bodyHtml).toBe("<p>Stay calm.</p>");

    expect(returnForChanges(user, draft.id, "Cite the statute, please.", now)).toEqual({ ok: true });
    const back = editorState(findPostForEdit(draft.id)!, "America/Chicago", now);
    expect(back).toMatchObject({ approval: null, returned: { note: "Cite the statute, please.", by: "Olive Owner" } });
    expect(findPublicPostBySlug(draft.slug, now)?.bodyHtml).toBe("<p>Stay calm.</p>");

    const resent = ok(as(editor, back, "submit", "<p>Edited, with § 13A-6-2.</p>"));
    expect(resent).toMatchObject({ approval: { action: "update" }, returned: null });
    expect(approveAndPublish(user, draft.id, resent.revision, now)).toEqual({ ok: true });
    expect(findPublicPostBySlug(draft.slug, now)?.bodyHtml).toBe("<p>Edited, with § 13A-6-2.</p>");
    expect(editorState(findPostForEdit(draft.id)!, "America/Chicago", now)).toMatchObject({ approval: null, returned: null, pendingChanges: false });
  });

  it("has nothing to review when a published post has no pending changes", () => {
    const draft = create();
    const published = ok(saveFromEditor(user, draft.id, { revision: draft.revision, intent: "publish", fields: fields() }, now));
    expect(ok(as(editor, published, "submit", "<p>Stay calm.</p>")).approval).toBeNull();
  });
});

function ok(outcome: ReturnType<typeof saveFromEditor>): EditorPostState {
  if (!outcome.body.ok) throw new Error(outcome.body.error);
  return outcome.body.post;
}
