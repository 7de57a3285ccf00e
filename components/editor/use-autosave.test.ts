// @vitest-environment happy-dom
import { act, createElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { EMPTY_POST_FIELDS, type PostFieldsInput } from "@/lib/posts/post-input";
import type { EditorPostState, SaveResponse } from "@/lib/posts/post-save";
import { readLocalCopy, writeLocalCopy } from "./local-copy";
import { AUTOSAVE_MS, useAutosave, type AutosaveOptions } from "./use-autosave";

// Tells React that updates in these tests are wrapped in act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const initialFields: PostFieldsInput = { ...EMPTY_POST_FIELDS, title: "Bond hearings", slug: "bond-hearings", bodyHtml: "<p>First words.</p>" };

function stored(overrides: Partial<EditorPostState> = {}): EditorPostState {
  return {
    id: 7,
    kind: "post",
    revision: 3,
    slug: "bond-hearings",
    publicSlug: "bond-hearings",
    status: "draft",
    pendingChanges: false,
    publishedAt: null,
    publishedAtLocal: null,
    publishedAtText: null,
    bodyHtml: "<p>First words.</p>",
    approval: null,
    returned: null,
    ...overrides,
  };
}

// The save route, played by the test: every request is recorded; `answer` decides the reply.
type Sent = { url: string; body: { revision: number; intent: string; publishAt?: string; fields: PostFieldsInput | null } };
let sent: Sent[];
let answer: (request: Sent) => Promise<{ status: number; body: SaveResponse | null }>;
const savedAs = (post: Partial<EditorPostState> = {}) => async (request: Sent) => ({
  status: 200,
  body: { ok: true as const, post: stored({ revision: request.body.revision + 1, bodyHtml: request.body.fields?.bodyHtml ?? "", ...post }) },
});

let root: Root | undefined;
let hook: ReturnType<typeof useAutosave>;

function mount(options: Partial<AutosaveOptions> = {}) {
  function Probe() {
    hook = useAutosave({ postId: 7, initialFields, initialCoverUrl: null, initialState: stored(), ...options });
    return null;
  }
  root = createRoot(document.createElement("div"));
  act(() => root!.render(createElement(Probe)));
}

/** Lets time pass (fake timers) and every answer on its way arrive. */
async function wait(ms = 0) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

async function type(patch: Partial<PostFieldsInput>) {
  await act(async () => hook.change(patch));
}

beforeEach(() => {
  vi.useFakeTimers();
  window.localStorage.clear();
  window.history.replaceState(null, "", "/admin/posts/7");
  sent = [];
  answer = savedAs();
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init: RequestInit) => {
      const request = { url, body: JSON.parse(String(init.body)) as Sent["body"] };
      sent.push(request);
      const reply = await answer(request);
      return { status: reply.status, json: async () => reply.body } as Response;
    }),
  );
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

it("saves two seconds after typing stops, once, with the latest text and the revision it started from", async () => {
  mount();
  await type({ bodyHtml: "<p>First words. More</p>" });
  await wait(AUTOSAVE_MS - 500);
  await type({ bodyHtml: "<p>First words. More words.</p>" });
  expect(hook.save.kind).toBe("saving");
  await wait(AUTOSAVE_MS - 1);
  expect(sent).toHaveLength(0);

  await wait(1);
  expect(sent).toEqual([
    { url: "/admin/api/posts/7", body: { revision: 3, intent: "save", autoSlug: false, fields: { ...initialFields, bodyHtml: "<p>First words. More words.</p>" } } },
  ]);
  expect(hook.save.kind).toBe("saved");

  // The next save starts from the revision the server returned.
  await type({ bodyHtml: "<p>Third.</p>" });
  await wait(AUTOSAVE_MS);
  expect(sent[1]!.body.revision).toBe(4);
});

it("keeps a copy in this browser until the server has it, including text typed while a save was on its way", async () => {
  mount();
  let release!: () => void;
  answer = (request) => new Promise((resolve) => (release = () => void savedAs()(request).then(resolve)));
  await type({ bodyHtml: "<p>One</p>" });
  expect(readLocalCopy(7)?.fields.bodyHtml).toBe("<p>One</p>");
  await wait(AUTOSAVE_MS);
  expect(sent).toHaveLength(1);

  await type({ bodyHtml: "<p>One two</p>" });
  release();
  await wait();
  // The server has "One"; "One two" is still only here.
  expect(hook.save.kind).toBe("saving");
  expect(readLocalCopy(7)?.fields.bodyHtml).toBe("<p>One two</p>");

  answer = savedAs();
  await wait(AUTOSAVE_MS);
  expect(sent.map((r) => r.body.fields?.bodyHtml)).toEqual(["<p>One</p>", "<p>One two</p>"]);
  expect(hook.save.kind).toBe("saved");
  expect(readLocalCopy(7)).toBeUndefined();
});

it("creates a new post on its first save, moves to its address and fills in the slug", async () => {
  writeLocalCopy(null, { fields: initialFields, coverUrl: null, revision: 0, at: new Date().toISOString() });
  window.history.replaceState(null, "", "/admin/posts/new");
  answer = savedAs({ id: 42, revision: 1, slug: "a-new-post" });
  mount({ postId: null, initialState: null, initialFields: { ...initialFields, title: "", slug: "" } });

  await type({ title: "A new post" });
  await wait(AUTOSAVE_MS);
  expect(sent[0]).toMatchObject({ url: "/admin/api/posts", body: { revision: 0, intent: "save" } });
  expect(hook.postId).toBe(42);
  expect(window.location.pathname).toBe("/admin/posts/42");
  expect(hook.fields.slug).toBe("a-new-post");
  expect(readLocalCopy(null)).toBeUndefined();

  await type({ excerpt: "Short." });
  await wait(AUTOSAVE_MS);
  expect(sent[1]!.url).toBe("/admin/api/posts/42");
});

it("sends nothing without a title, and says why next to the title", async () => {
  mount();
  await type({ title: "  " });
  await wait(AUTOSAVE_MS);
  expect(sent).toHaveLength(0);
  expect(hook.save).toEqual({ kind: "failed", message: "Not saved: give the post a title first." });
  expect(hook.errors.title).toBe("Enter a title.");
});

it("shows the server's messages next to the fields it refused", async () => {
  mount();
  answer = async () => ({ status: 400, body: { ok: false, error: "Check the fields marked below.", fieldErrors: { slug: "Use lowercase letters." } } });
  await type({ slug: "Not A Slug" });
  await wait(AUTOSAVE_MS);
  expect(hook.save).toEqual({ kind: "failed", message: "Not saved: Check the fields marked below." });
  expect(hook.errors).toEqual({ slug: "Use lowercase letters." });
  expect(readLocalCopy(7)?.fields.slug).toBe("Not A Slug");
});

it("when the session has ended, keeps the text here and saves it once the person is back", async () => {
  mount();
  answer = async () => ({ status: 401, body: null });
  await type({ bodyHtml: "<p>Written after the session ended.</p>" });
  await wait(AUTOSAVE_MS);
  expect(hook.save.kind).toBe("expired");
  // Typing on does not hide that the session has ended.
  await type({ bodyHtml: "<p>Written after the session ended. More.</p>" });
  expect(hook.save.kind).toBe("expired");
  expect(readLocalCopy(7)?.fields.bodyHtml).toBe("<p>Written after the session ended. More.</p>");

  // Signed in again in another tab, the person comes back to this one.
  answer = savedAs();
  await act(async () => window.dispatchEvent(new Event("focus")));
  await wait();
  expect(sent.at(-1)!.body.fields?.bodyHtml).toBe("<p>Written after the session ended. More.</p>");
  expect(hook.save.kind).toBe("saved");
  expect(readLocalCopy(7)).toBeUndefined();
});

it("a dropped connection is reported, and the save is tried again when the browser is back online", async () => {
  mount();
  answer = async () => {
    throw new TypeError("Failed to fetch");
  };
  await type({ bodyHtml: "<p>Offline words.</p>" });
  await wait(AUTOSAVE_MS);
  expect(hook.save).toEqual({
    kind: "failed",
    message: "Not saved: the connection failed. Your text is kept in this browser; it will be saved with your next change.",
  });
  answer = savedAs();
  await act(async () => window.dispatchEvent(new Event("online")));
  await wait();
  expect(hook.save.kind).toBe("saved");
});

it("after a save over a newer revision, sends nothing more: nothing is overwritten", async () => {
  mount();
  answer = async () => ({ status: 409, body: { ok: false, error: "This post changed in another tab or by someone else.", conflict: true } });
  await type({ bodyHtml: "<p>From tab two.</p>" });
  await wait(AUTOSAVE_MS);
  expect(hook.save).toEqual({ kind: "conflict", message: "This post changed in another tab or by someone else." });

  await type({ bodyHtml: "<p>From tab two, more.</p>" });
  await wait(AUTOSAVE_MS * 2);
  expect(sent).toHaveLength(1);
  expect(hook.save.kind).toBe("conflict");
  expect(readLocalCopy(7)?.fields.bodyHtml).toBe("<p>From tab two, more.</p>");
});

it("publishing cancels the waiting autosave, saves the changes on their own first, then publishes once with what the editor shows", async () => {
  mount();
  answer = savedAs({ status: "published", publishedAt: "2026-11-28T12:00:00.000Z" });
  await type({ bodyHtml: "<p>Ready.</p>" });
  let published: boolean | undefined;
  await act(async () => {
    published = await hook.saveNow("publish");
  });
  await wait(AUTOSAVE_MS);
  expect(published).toBe(true);
  const body = { autoSlug: false, fields: { ...initialFields, bodyHtml: "<p>Ready.</p>" } };
  expect(sent).toEqual([
    { url: "/admin/api/posts/7", body: { revision: 3, intent: "save", ...body } },
    { url: "/admin/api/posts/7", body: { revision: 4, intent: "publish", ...body } },
  ]);
  expect(hook.postState?.status).toBe("published");
});

it("a refused publish leaves the saved changes saved, and says why by the field", async () => {
  mount();
  await type({ bodyHtml: "<p>Ready.</p>" });
  await wait(AUTOSAVE_MS);
  expect(hook.save.kind).toBe("saved");
  answer = async () => ({ status: 400, body: { ok: false, error: "Enter a date after 1990.", fieldErrors: { publishAt: "Enter a date after 1990." } } });
  let scheduled: boolean | undefined;
  await act(async () => {
    scheduled = await hook.saveNow("schedule", "0202-01-01T09:00");
  });
  expect(scheduled).toBe(false);
  expect(hook.save.kind).toBe("saved");
  expect(hook.errors).toEqual({ publishAt: "Enter a date after 1990." });
  expect(hook.actionProblem).toBe("Enter a date after 1990.");
  // Nothing was waiting, so only the schedule was sent.
  expect(sent.map((s) => s.body.intent)).toEqual(["save", "schedule"]);
});

it("a published post's autosaved changes come back as pending, off the public site", async () => {
  mount({ initialState: stored({ status: "published" }) });
  answer = savedAs({ status: "published", pendingChanges: true });
  await type({ bodyHtml: "<p>New wording.</p>" });
  await wait(AUTOSAVE_MS);
  expect(sent[0]!.body.intent).toBe("save");
  expect(hook.postState).toMatchObject({ status: "published", pendingChanges: true });
});

it("discarding waits for a save on its way, sends no fields, drops the copy here and saves nothing after", async () => {
  mount({ initialState: stored({ status: "published", pendingChanges: true }) });
  await type({ bodyHtml: "<p>Changes to drop.</p>" });
  await wait(AUTOSAVE_MS - 1);
  let discarded: boolean | undefined;
  await act(async () => {
    discarded = await hook.discard();
  });
  await wait(AUTOSAVE_MS);
  expect(discarded).toBe(true);
  expect(sent.map((r) => r.body.intent)).toEqual(["discard"]);
  expect(sent[0]!.body).toMatchObject({ revision: 3, fields: null });
  expect(readLocalCopy(7)).toBeUndefined();
  expect(hook.save.kind).toBe("saved");
});

it("asks before leaving while a change is not saved, and not after", async () => {
  mount();
  const leave = () => {
    const event = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };
  expect(leave()).toBe(false);

  await type({ bodyHtml: "<p>Not saved yet.</p>" });
  expect(leave()).toBe(true);
  // A link inside the app asks too, and stays put when the person says no.
  const link = document.body.appendChild(document.createElement("a"));
  link.href = "/admin/posts/7/versions";
  const confirm = vi.fn(() => false);
  vi.stubGlobal("confirm", confirm);
  const click = new MouseEvent("click", { bubbles: true, cancelable: true });
  link.dispatchEvent(click);
  expect(confirm).toHaveBeenCalledWith("Your latest changes are not saved yet. Leave this page anyway?");
  expect(click.defaultPrevented).toBe(true);
  link.remove();

  await wait(AUTOSAVE_MS);
  expect(hook.save.kind).toBe("saved");
  expect(leave()).toBe(false);
});
