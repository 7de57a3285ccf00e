// The editor's save, update, discard, publish, schedule and unpublish, without HTTP:
// validation, sanitizing and the status change, then one transaction in db/post-admin.ts.
// The route handler calls this after checking the session.
//
// Autosave ("save") of a published or scheduled post keeps the editor's content as pending
// changes, off the public site; "update", "publish", "schedule" and "unpublish" write what
// the editor shows into the post itself; "discard" drops the pending changes.
import "server-only";
import { findMediaById } from "@/db/media";
import {
  adminStatus,
  autosavePostContent,
  createDraftPost,
  discardPendingDraft,
  findPostForEdit,
  savePostContent,
  type EditablePost,
  type PostContent,
  type SaveResult,
  type StatusChange,
} from "@/db/post-admin";
import { formatDateTime } from "./dates";
import { fieldErrors, type FieldErrors } from "./form-state";
import { EMPTY_POST_FIELDS, postFieldsSchema, RESERVED_SLUGS, saveRequestSchema, type PostFields, type PostFieldsInput } from "./post-input";
import { sanitizePostHtml } from "./sanitize-html";
import { getSiteSettings } from "./settings";
import { slugify } from "./slug";
import { utcToZonedTime, zonedTimeToUtc } from "./zoned-time";

/** What the editor needs back after a save. */
export type EditorPostState = {
  id: number;
  revision: number;
  /** The slug of the content in the editor (the pending changes' when there are some). */
  slug: string;
  /** The slug the public site uses now. */
  publicSlug: string;
  status: "draft" | "scheduled" | "published";
  /** Saved changes that are not on the public site yet. */
  pendingChanges: boolean;
  publishedAt: string | null;
  /** The publish time as typed in the editor's datetime-local field, in the firm's time zone. */
  publishedAtLocal: string | null;
  /** The publish time as the firm reads it ("Nov 28, 2026, 11:06 PM CST"), as the post list shows it. */
  publishedAtText: string | null;
  bodyHtml: string;
};

export type SaveResponse =
  | { ok: true; post: EditorPostState }
  | { ok: false; error: string; fieldErrors?: FieldErrors; conflict?: boolean };

export function editorState(post: EditablePost, timeZone: string, now = new Date()): EditorPostState {
  return {
    id: post.id,
    revision: post.revision,
    slug: post.pending?.slug ?? post.slug,
    publicSlug: post.slug,
    status: adminStatus(post, now),
    pendingChanges: post.pending !== null,
    publishedAt: post.publishedAt?.toISOString() ?? null,
    publishedAtLocal: post.publishedAt ? utcToZonedTime(post.publishedAt, timeZone) : null,
    publishedAtText: post.publishedAt ? formatDateTime(post.publishedAt, timeZone) : null,
    bodyHtml: post.pending?.bodyHtml ?? post.bodyHtml,
  };
}

function toContent(fields: PostFields): PostContent {
  return {
    title: fields.title,
    slug: fields.slug || postSlugFromTitle(fields.title),
    excerpt: fields.excerpt,
    bodyHtml: sanitizePostHtml(fields.bodyHtml),
    tags: fields.tags,
    coverMediaId: fields.coverMediaId,
    coverAlt: fields.coverMediaId === null ? null : fields.coverAlt,
    seoTitle: fields.seoTitle || null,
    seoDescription: fields.seoDescription || null,
    disclaimer: fields.useDefaultDisclaimer ? null : fields.disclaimer,
  };
}

/** The HTTP answer, and whether the public pages must be refreshed (the route does that). */
/** The address a title gives when no slug was typed ("post" for a title with no letters; never a reserved one). */
function postSlugFromTitle(title: string): string {
  const slug = slugify(title) || "post";
  return RESERVED_SLUGS.includes(slug) ? `${slug}-post` : slug;
}

type Outcome = { status: number; body: SaveResponse; publicChanged?: boolean };

const fail = (status: number, error: string, extra: Partial<Extract<SaveResponse, { ok: false }>> = {}): Outcome => ({
  status,
  body: { ok: false, error, ...extra },
});

/**
 * Saves what the editor sent for post `postId` (null: a new draft), as `user`.
 * 400 with messages per field, 404, 409 when the post changed since `revision`, or 200.
 */
export function saveFromEditor(user: { id: number }, postId: number | null, input: unknown, now = new Date()): Outcome {
  const request = saveRequestSchema.safeParse(input);
  if (!request.success) return fail(400, "The editor sent something it should not have. Reload the page.");
  if (request.data.intent === "discard") {
    if (postId === null) return fail(400, "Save the post first.");
    return outcome(discardPendingDraft(postId, request.data.revision, now), now);
  }
  const parsed = postFieldsSchema.safeParse(request.data.fields);
  if (!parsed.success) return fail(400, "Check the fields marked below.", { fieldErrors: fieldErrors(parsed.error) });
  const content = toContent(parsed.data);
  if (content.coverMediaId !== null && !findMediaById(content.coverMediaId)) {
    return fail(400, "Check the fields marked below.", { fieldErrors: { cover: "That image is gone. Upload it again." } });
  }

  const { intent, revision, publishAt } = request.data;
  const site = getSiteSettings();
  let statusChange: StatusChange;
  if (intent === "publish") {
    if (content.bodyHtml === "") return fail(400, "Write the post before publishing it.", { fieldErrors: { bodyHtml: "Write the post before publishing it." } });
    statusChange = { status: "published", publishedAt: now };
  } else if (intent === "schedule") {
    const at = publishAt ? zonedTimeToUtc(publishAt, site.timeZone) : undefined;
    if (!at) return fail(400, "Check the fields marked below.", { fieldErrors: { publishAt: "Enter a date and time." } });
    if (at <= now) return fail(400, "Check the fields marked below.", { fieldErrors: { publishAt: "Choose a time in the future, or publish now." } });
    if (content.bodyHtml === "") return fail(400, "Write the post before scheduling it.", { fieldErrors: { bodyHtml: "Write the post before scheduling it." } });
    statusChange = { status: "published", publishedAt: at };
  } else if (intent === "unpublish") {
    statusChange = { status: "draft" };
  }

  let result: SaveResult;
  if (postId === null) {
    if (intent !== "save") return fail(400, "Save the post first.");
    result = createDraftPost(content, user.id, now);
  } else if (intent === "save") {
    result = autosavePostContent(postId, revision, content, { userId: user.id, now });
  } else if (intent === "update") {
    const stored = findPostForEdit(postId);
    if (stored && stored.status !== "published") return fail(400, "This post is a draft: publish or schedule it instead.");
    if (content.bodyHtml === "") return fail(400, "Write the post before publishing it.", { fieldErrors: { bodyHtml: "Write the post before publishing it." } });
    // The publish time, past or scheduled, stays as it is.
    result = savePostContent(postId, revision, content, { userId: user.id, now });
  } else {
    result = savePostContent(postId, revision, content, { userId: user.id, statusChange, now });
  }
  // Publish, schedule, update and unpublish change what the public sees, or when.
  return { ...outcome(result, now), publicChanged: result.ok && intent !== "save" };
}

function outcome(result: SaveResult, now: Date): Outcome {
  if (result.ok) return { status: 200, body: { ok: true, post: editorState(result.post, getSiteSettings().timeZone, now) } };
  switch (result.reason) {
    case "not-found":
      return fail(404, "This post no longer exists.");
    case "trashed":
      return fail(409, "This post is in the trash. Restore it to edit it.");
    case "conflict":
      return fail(409, "This post changed in another tab or by someone else. Nothing was overwritten: reload to see the latest version.", { conflict: true });
    case "slug":
      return fail(400, "Check the fields marked below.", { fieldErrors: { slug: result.message } });
  }
}

/** A stored post as the editor's fields: its pending changes when it has some. */
export function editorFields(stored: EditablePost | undefined): PostFieldsInput {
  const post = stored?.pending ?? stored;
  if (!post) return { ...EMPTY_POST_FIELDS };
  return {
    title: post.title,
    slug: post.slug,
    excerpt: post.excerpt,
    bodyHtml: post.bodyHtml,
    tags: post.tags.join(", "),
    coverMediaId: post.coverMediaId,
    coverAlt: post.coverAlt ?? "",
    seoTitle: post.seoTitle ?? "",
    seoDescription: post.seoDescription ?? "",
    useDefaultDisclaimer: post.disclaimer == null,
    disclaimer: post.disclaimer ?? "",
  };
}
