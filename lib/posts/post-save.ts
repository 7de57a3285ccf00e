// The editor's save, update, discard, publish, schedule and unpublish, without HTTP:
// validation, sanitizing and the status change, then one transaction in db/post-admin/content-save.ts.
// The route handler calls this after checking the session.
//
// Autosave ("save") of a published or scheduled post keeps the editor's content as pending
// changes, off the public site; "update", "publish", "schedule" and "unpublish" write what
// the editor shows into the post itself; "discard" drops the pending changes.
import "server-only";
import { findMediaById } from "@/db/media";
import { findProfileById } from "@/db/profiles";
import { adminStatus } from "@/db/post-admin/admin-post-list";
import { autosavePostContent, createDraftPost, discardPendingDraft, savePostContent, type SaveResult, type StatusChange } from "@/db/post-admin/content-save";
import { findPendingDraft, findPostForEdit, type EditablePost, type PostContent } from "@/db/post-admin/post-for-edit";
import { closeApprovalRequest, findOpenApprovalRequest, findReturnedApproval, requestApproval } from "@/db/approval-requests";
import type { PostKind } from "@/db/schema";
import { formatDateTime } from "@/lib/dates/format";
import { RESERVED_BLOG_SLUGS, RESERVED_PAGE_SLUGS } from "./post-paths";
import { fieldErrors, type FieldErrors } from "@/lib/forms/form-state";
import { EMPTY_POST_FIELDS, postFieldsSchema, saveRequestSchema, type PostFields, type PostFieldsInput } from "./post-input";
import { mayPublish, NEEDS_APPROVAL_MESSAGE, type Publisher } from "@/lib/publishing/publishing-rights";
import { sanitizePostHtml } from "./sanitize-html";
import { getSiteSettings } from "@/lib/site/settings";
import { slugify } from "./slug";
import { utcToZonedTime, zonedTimeToUtc } from "@/lib/dates/zoned-time";
import { recordWritingScores } from "@/lib/writing/post-scores";

/** What the editor needs back after a save. */
export type EditorPostState = {
  id: number;
  kind: PostKind;
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
  /** Waiting for the owner's review: what was asked, and when. */
  approval: { action: "publish" | "update"; requestedAtText: string; publishAtText: string | null } | null;
  /** Sent back by the owner (nothing asked since): the note. */
  returned: { note: string; by: string | null; atText: string } | null;
};

export type SaveResponse =
  | { ok: true; post: EditorPostState }
  | { ok: false; error: string; fieldErrors?: FieldErrors; conflict?: boolean };

export function editorState(post: EditablePost, timeZone: string, now = new Date()): EditorPostState {
  return {
    id: post.id,
    kind: post.kind,
    revision: post.revision,
    slug: post.pending?.slug ?? post.slug,
    publicSlug: post.slug,
    status: adminStatus(post, now),
    pendingChanges: post.pending !== null,
    publishedAt: post.publishedAt?.toISOString() ?? null,
    publishedAtLocal: post.publishedAt ? utcToZonedTime(post.publishedAt, timeZone) : null,
    publishedAtText: post.publishedAt ? formatDateTime(post.publishedAt, timeZone) : null,
    bodyHtml: post.pending?.bodyHtml ?? post.bodyHtml,
    approval: approvalState(post.id, timeZone),
    returned: returnedState(post.id, timeZone),
  };
}

function approvalState(postId: number, timeZone: string): EditorPostState["approval"] {
  const open = findOpenApprovalRequest(postId);
  if (!open) return null;
  return {
    action: open.action,
    requestedAtText: formatDateTime(open.requestedAt, timeZone),
    publishAtText: open.publishAt ? formatDateTime(open.publishAt, timeZone) : null,
  };
}

function returnedState(postId: number, timeZone: string): EditorPostState["returned"] {
  const returned = findReturnedApproval(postId);
  return returned ? { note: returned.note, by: returned.by, atText: formatDateTime(returned.at, timeZone) } : null;
}

/** A stored post's (or its pending changes') content, as a save takes it. */
export function storedContent(post: PostContent): PostContent {
  const { title, slug, excerpt, bodyHtml, tags, coverMediaId, coverAlt, seoTitle, seoDescription, disclaimer, bylineProfileId, lastReviewedAt } = post;
  return { title, slug, excerpt, bodyHtml, tags, coverMediaId, coverAlt, seoTitle, seoDescription, disclaimer, bylineProfileId, lastReviewedAt };
}

function toContent(fields: PostFields, timeZone: string): PostContent {
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
    bylineProfileId: fields.bylineProfileId,
    // Noon on that day in the firm's zone: the same calendar date whatever the clocks do.
    lastReviewedAt: fields.lastReviewedAt ? (zonedTimeToUtc(`${fields.lastReviewedAt}T12:00`, timeZone) ?? null) : null,
  };
}

/** The HTTP answer, and whether the public pages must be refreshed (the route does that). */
/** The address a title gives when no slug was typed ("post" for a title with no letters; never a reserved one). */
function postSlugFromTitle(title: string): string {
  const slug = slugify(title) || "post";
  return RESERVED_BLOG_SLUGS.includes(slug) ? `${slug}-post` : slug;
}

// A back-dated import earlier than this is a typing mistake (a year of 0202).
const EARLIEST_PUBLISH_DATE = Date.UTC(1990, 0, 1);

type Outcome = { status: number; body: SaveResponse; publicChanged?: boolean };

const fail = (status: number, error: string, extra: Partial<Extract<SaveResponse, { ok: false }>> = {}): Outcome => ({
  status,
  body: { ok: false, error, ...extra },
});

/** A typed publish time in the firm's zone, or the message for the field. */
function readPublishAt(publishAt: string | undefined, timeZone: string): { ok: true; at: Date } | { ok: false; message: string } {
  const at = publishAt ? zonedTimeToUtc(publishAt, timeZone) : undefined;
  if (!at) return { ok: false, message: "Enter a date and time." };
  if (at.getTime() < EARLIEST_PUBLISH_DATE) return { ok: false, message: "Enter a date after 1990." };
  return { ok: true, at };
}

/**
 * Saves what the editor sent for post `postId` (null: a new draft), as `user`.
 * 400 with messages per field, 403 when the user may not publish (lib/publishing/publishing-rights.ts),
 * 404, 409 when the post changed since `revision`, or 200.
 */
export function saveFromEditor(user: Publisher & { id: number }, postId: number | null, input: unknown, now = new Date()): Outcome {
  const request = saveRequestSchema.safeParse(input);
  if (!request.success) return fail(400, "The editor sent something it should not have. Reload the page.");
  if (request.data.intent === "discard") {
    if (postId === null) return fail(400, "Save the post first.");
    return outcome(discardPendingDraft(postId, request.data.revision, now), now);
  }
  const parsed = postFieldsSchema.safeParse(request.data.fields);
  if (!parsed.success) return fail(400, "Check the fields marked below.", { fieldErrors: fieldErrors(parsed.error) });
  const site = getSiteSettings();
  const content = toContent(parsed.data, site.timeZone);
  // Every image in the text says what it shows, or was marked decorative (alt=""), in the editor.
  if (/<img(?![^>]*\salt=")[^>]*>/.test(content.bodyHtml)) {
    return fail(400, "Check the fields marked below.", { fieldErrors: { bodyHtml: "Describe every image in the text, or mark it decorative." } });
  }
  if (content.coverMediaId !== null && !findMediaById(content.coverMediaId)) {
    return fail(400, "Check the fields marked below.", { fieldErrors: { cover: "That image is gone. Upload it again." } });
  }
  if (content.bylineProfileId !== null && !findProfileById(content.bylineProfileId)) {
    return fail(400, "Check the fields marked below.", { fieldErrors: { bylineProfileId: "That author's profile is gone. Choose another." } });
  }

  // Looked up once: its kind, and the byline a save that names none keeps.
  const stored = postId === null ? undefined : findPostForEdit(postId);
  const kind = postId === null ? (request.data.kind ?? "post") : stored?.kind;
  if (kind === "page" && RESERVED_PAGE_SLUGS.includes(content.slug)) {
    return fail(400, "Check the fields marked below.", { fieldErrors: { slug: "The site uses this address for its own pages. Choose another." } });
  }

  const { intent, revision, publishAt, autoSlug } = request.data;
  // Publish, schedule, update and unpublish change the public site: the owner's, or a trusted editor's, to do.
  if ((intent === "publish" || intent === "schedule" || intent === "update" || intent === "unpublish") && !mayPublish(user)) {
    return fail(403, NEEDS_APPROVAL_MESSAGE);
  }
  // A post goes out signed by a lawyer of the firm, never by a sign-in account ("By owner").
  if (kind === "post" && (intent === "publish" || intent === "schedule" || intent === "update" || intent === "submit")) {
    const byline = content.bylineProfileId ?? stored?.bylineProfileId ?? null;
    if (byline === null || !findProfileById(byline)?.listed) {
      return fail(400, "Check the fields marked below.", { fieldErrors: { bylineProfileId: "Choose the lawyer who signs this post." } });
    }
  }
  if (intent === "submit") return submitForApproval(user, postId, request.data, content, site.timeZone, now);

  let statusChange: StatusChange;
  if (intent === "publish") {
    if (content.bodyHtml === "") return fail(400, "Write the post before publishing it.", { fieldErrors: { bodyHtml: "Write the post before publishing it." } });
    statusChange = { status: "published", publishedAt: now };
  } else if (intent === "schedule") {
    const read = readPublishAt(publishAt, site.timeZone);
    if (!read.ok) return fail(400, read.message, { fieldErrors: { publishAt: read.message } });
    const at = read.at;
    if (content.bodyHtml === "") return fail(400, "Write the post before scheduling it.", { fieldErrors: { bodyHtml: "Write the post before scheduling it." } });
    // A time in the past (an imported post) publishes at once, with that date; one in the future schedules.
    statusChange = { status: "published", publishedAt: at };
  } else if (intent === "unpublish") {
    statusChange = { status: "draft" };
  }

  // What an editor had asked approval for is done once the owner (or a trusted editor) publishes it.
  const closeApproval = (tx: Parameters<typeof closeApprovalRequest>[0]) => {
    closeApprovalRequest(tx, postId!, { outcome: "published", userId: user.id, now });
  };
  let result: SaveResult;
  if (postId === null) {
    if (intent !== "save") return fail(400, "Save the post first.");
    result = createDraftPost(content, user.id, now, request.data.kind, autoSlug);
  } else if (intent === "save") {
    result = autosavePostContent(postId, revision, content, { userId: user.id, now, autoSlug });
  } else if (intent === "update") {
    if (stored && stored.status !== "published") return fail(400, "This post is a draft: publish or schedule it instead.");
    if (content.bodyHtml === "") return fail(400, "Write the post before publishing it.", { fieldErrors: { bodyHtml: "Write the post before publishing it." } });
    // The publish time, past or scheduled, stays as it is.
    result = savePostContent(postId, revision, content, { userId: user.id, now, autoSlug, afterWrite: closeApproval });
  } else {
    result = savePostContent(postId, revision, content, { userId: user.id, statusChange, now, autoSlug, afterWrite: intent === "unpublish" ? undefined : closeApproval });
  }
  // Publish, schedule (a back-dated one publishes at once), update and unpublish change what the public sees, or when.
  return { ...outcome(result, now), publicChanged: result.ok && intent !== "save" };
}

/**
 * An editor's "Send for review": saves the content as autosave does (a published post
 * keeps it as pending changes) and opens (or renews) the post's approval request in the same
 * transaction. Nothing goes public. A published post with nothing pending has nothing to
 * review: the answer's `review` stays null.
 */
function submitForApproval(
  user: { id: number },
  postId: number | null,
  request: { revision: number; publishAt?: string; autoSlug?: boolean },
  content: PostContent,
  timeZone: string,
  now: Date,
): Outcome {
  if (postId === null) return fail(400, "Save the post first.");
  if (content.bodyHtml === "") return fail(400, "Write the post before sending it for review.", { fieldErrors: { bodyHtml: "Write the post before sending it for review." } });
  let publishAt: Date | null = null;
  if (request.publishAt) {
    const read = readPublishAt(request.publishAt, timeZone);
    if (!read.ok) return fail(400, read.message, { fieldErrors: { publishAt: read.message } });
    publishAt = read.at;
  }
  const result = autosavePostContent(postId, request.revision, content, {
    userId: user.id,
    now,
    autoSlug: request.autoSlug,
    afterWrite: (tx, current) => {
      const action = current.status === "draft" ? "publish" : "update";
      if (action === "update" && !findPendingDraft(postId)) return;
      requestApproval(tx, { postId, action, publishAt: action === "publish" ? publishAt : null, userId: user.id, now });
    },
  });
  return outcome(result, now);
}

function outcome(result: SaveResult, now: Date): Outcome {
  // The list's writing scores follow every save (and a discard): of what the editor now holds.
  if (result.ok) recordWritingScores(result.post.id, result.post.pending ?? result.post);
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
export function editorFields(stored: EditablePost | undefined, timeZone: string): PostFieldsInput {
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
    bylineProfileId: post.bylineProfileId ?? null,
    lastReviewedAt: post.lastReviewedAt ? utcToZonedTime(post.lastReviewedAt, timeZone).slice(0, 10) : "",
  };
}
