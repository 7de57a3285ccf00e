// Saving the editor's content: a new draft, a save (live columns, with the revision check,
// slug redirects and kept versions), the autosave (pending changes on a published post),
// dropping pending changes, and restoring a kept version.
import "server-only";
import { and, eq } from "drizzle-orm";
import { htmlText } from "@/lib/posts/html-text";
import { db, type Tx } from "../client";
import { isPublic } from "../post-visibility";
import { defaultBylineFor } from "../profiles";
import { postDrafts, posts, slugRedirects, type PostKind } from "../schema";
import { distinctTagNames, setPostTags, tagNamesOf } from "../tags";
import { freeSlug, slugClash } from "./free-slug";
import { findPostForEdit, type EditablePost, type PostContent } from "./post-for-edit";
import { findPostVersion, recordVersion, sameVersionedFields } from "./post-versions";

/** What the status becomes with this save: unchanged, published at a time, or back to draft. */
export type StatusChange = { status: "published"; publishedAt: Date } | { status: "draft" } | undefined;

export type SaveResult =
  | { ok: true; post: EditablePost }
  | { ok: false; reason: "not-found" | "conflict" | "trashed" }
  | { ok: false; reason: "slug"; message: string };

/**
 * A new draft (a post unless `kind` says otherwise) by this user, signed by the chosen
 * lawyer, else by the writer's default (defaultBylineFor()). With `autoSlug` (the slug came
 * from the title, not the writer) a taken slug becomes the first free slug-2, slug-3…;
 * otherwise a taken slug fails.
 */
export function createDraftPost(content: PostContent, createdBy: number, now = new Date(), kind: PostKind = "post", autoSlug = false): SaveResult {
  return db().transaction((tx) => {
    if (autoSlug) content = { ...content, slug: freeSlug(tx, content.slug) };
    const clash = slugClash(tx, content.slug);
    if (clash) return { ok: false, reason: "slug", message: clash };
    const { tags: tagNames, ...columns } = content;
    const bylineProfileId = columns.bylineProfileId ?? defaultBylineFor(createdBy, tx);
    const post = tx
      .insert(posts)
      .values({ ...columns, bodyText: htmlText(columns.bodyHtml), kind, bylineProfileId, status: "draft", createdBy, createdAt: now, updatedAt: now })
      .returning()
      .get();
    setPostTags(tx, post.id, tagNames);
    return { ok: true, post: findPostForEdit(post.id)! };
  });
}

type PostRow = typeof posts.$inferSelect;
type Checked = { ok: true; current: PostRow } | Extract<SaveResult, { ok: false }>;

/** A save that names no byline keeps the post's (a post never loses its lawyer to a form that left it out). */
function withByline(content: PostContent, current: PostRow): PostContent {
  return content.bylineProfileId === null ? { ...content, bylineProfileId: current.bylineProfileId } : content;
}

/** The checks every save makes first: the post exists, nobody saved since, not trashed, the slug is free. */
function checkSave(tx: Tx, postId: number, expectedRevision: number, slug: string | undefined): Checked {
  const current = tx.select().from(posts).where(eq(posts.id, postId)).get();
  if (!current) return { ok: false, reason: "not-found" };
  if (current.revision !== expectedRevision) return { ok: false, reason: "conflict" };
  if (current.deletedAt) return { ok: false, reason: "trashed" };
  if (slug !== undefined) {
    const clash = slugClash(tx, slug, postId);
    if (clash) return { ok: false, reason: "slug", message: clash };
  }
  return { ok: true, current };
}

type SaveOptions = {
  userId: number;
  statusChange?: StatusChange;
  now?: Date;
  /** The slug came from the title, not the writer: a taken one becomes slug-2, slug-3… */
  autoSlug?: boolean;
  /** More writes that stand or fall with this save (an approval request opened or closed). */
  afterWrite?: (tx: Tx) => void;
};

/** The content with a free slug when the slug is the title's (see SaveOptions.autoSlug). */
function withFreeSlug(tx: Tx, postId: number, content: PostContent, autoSlug: boolean | undefined): PostContent {
  return autoSlug ? { ...content, slug: freeSlug(tx, content.slug, postId) } : content;
}

/**
 * Writes content into the post's own (public, once published) columns, changing its
 * status when asked, and drops any pending changes: this content replaces them.
 */
function writeLive(tx: Tx, current: PostRow, content: PostContent, options: SaveOptions & { now: Date }) {
  const { now } = options;
  const postId = current.id;
  const wasPublic = tx.select({ id: posts.id }).from(posts).where(and(eq(posts.id, postId), isPublic(now))).get() !== undefined;
  if (content.slug !== current.slug) {
    tx.delete(slugRedirects).where(eq(slugRedirects.oldSlug, content.slug)).run();
    if (wasPublic) {
      tx.insert(slugRedirects)
        .values({ oldSlug: current.slug, postId, createdAt: now })
        .onConflictDoUpdate({ target: slugRedirects.oldSlug, set: { postId, createdAt: now } })
        .run();
    }
  }

  const contentChanged = !sameVersionedFields(content, current);
  const { tags: tagNames, ...columns } = content;
  const change = options.statusChange;
  tx.update(posts)
    .set({
      ...columns,
      // What search indexes (the posts_search triggers) and reading time counts, in step with the body.
      bodyText: htmlText(columns.bodyHtml),
      ...(change?.status === "published" ? { status: "published", publishedAt: change.publishedAt } : {}),
      ...(change?.status === "draft" ? { status: "draft", publishedAt: null } : {}),
      // "Updated" on the public page: only for edits to a post that was already out.
      ...(wasPublic && contentChanged && change?.status !== "draft" ? { contentUpdatedAt: now } : {}),
      ...(change?.status === "published" && !wasPublic ? { contentUpdatedAt: null } : {}),
      revision: current.revision + 1,
      updatedAt: now,
    })
    .where(and(eq(posts.id, postId), eq(posts.revision, current.revision)))
    .run();
  setPostTags(tx, postId, tagNames);
  tx.delete(postDrafts).where(eq(postDrafts.postId, postId)).run();

  const published = change ? change.status === "published" : current.status === "published";
  if (change?.status === "published") recordVersion(tx, postId, options.userId, now, false);
  else if (published && contentChanged) recordVersion(tx, postId, options.userId, now, true);
}

function sameContent(a: PostContent, b: PostContent): boolean {
  return (
    sameVersionedFields(a, b) &&
    a.coverMediaId === b.coverMediaId &&
    (a.coverMediaId === null || a.coverAlt === b.coverAlt) &&
    a.seoTitle === b.seoTitle &&
    a.seoDescription === b.seoDescription &&
    a.bylineProfileId === b.bylineProfileId &&
    a.lastReviewedAt?.getTime() === b.lastReviewedAt?.getTime() &&
    tagKey(a.tags) === tagKey(b.tags)
  );
}

/** Tag lists that lead to the same tags in the same order (the writer's order is content too). */
function tagKey(names: string[]): string {
  return distinctTagNames(names).map((t) => t.slug).join(" ");
}

/**
 * Keeps content as the pending changes of a published or scheduled post: its own columns,
 * which the public reads, stay as they are. Content equal to the live post drops the
 * pending changes instead. Bumps the revision like any save.
 */
function writePending(tx: Tx, current: PostRow, content: PostContent, userId: number, now: Date) {
  const postId = current.id;
  const live: PostContent = { ...current, tags: tagNamesOf(postId, tx) };
  if (sameContent(live, content)) {
    tx.delete(postDrafts).where(eq(postDrafts.postId, postId)).run();
  } else {
    const values = { ...content, savedBy: userId, updatedAt: now };
    tx.insert(postDrafts)
      .values({ postId, ...values })
      .onConflictDoUpdate({ target: postDrafts.postId, set: values })
      .run();
  }
  tx.update(posts)
    .set({ revision: current.revision + 1, updatedAt: now })
    .where(and(eq(posts.id, postId), eq(posts.revision, current.revision)))
    .run();
}

/**
 * Saves the editor's content over revision `expectedRevision` (refused when the post has
 * moved on since: another tab or person saved), optionally changing its status, in one
 * transaction, into the post's own columns: what the public sees once it is published.
 * Any pending changes are replaced by this content. A public post's changed slug leaves a
 * redirect from the old one; every publish, and every change to a published post, is
 * kept in post_versions.
 */
export function savePostContent(postId: number, expectedRevision: number, content: PostContent, options: SaveOptions): SaveResult {
  const now = options.now ?? new Date();
  return db().transaction((tx) => {
    content = withFreeSlug(tx, postId, content, options.autoSlug);
    const checked = checkSave(tx, postId, expectedRevision, content.slug);
    if (!checked.ok) return checked;
    writeLive(tx, checked.current, withByline(content, checked.current), { ...options, now });
    options.afterWrite?.(tx);
    return { ok: true, post: findPostForEdit(postId)! };
  });
}

/**
 * The editor's autosave. A draft is saved in its own columns; a published or scheduled
 * post keeps its public content and gets the content as pending changes instead (no
 * version is recorded: nothing was published). Same revision check as every save.
 */
export function autosavePostContent(
  postId: number,
  expectedRevision: number,
  content: PostContent,
  options: { userId: number; now?: Date; autoSlug?: boolean; afterWrite?: (tx: Tx, current: PostRow) => void },
): SaveResult {
  const now = options.now ?? new Date();
  return db().transaction((tx) => {
    content = withFreeSlug(tx, postId, content, options.autoSlug);
    const checked = checkSave(tx, postId, expectedRevision, content.slug);
    if (!checked.ok) return checked;
    content = withByline(content, checked.current);
    if (checked.current.status === "draft") writeLive(tx, checked.current, content, { userId: options.userId, now });
    else writePending(tx, checked.current, content, options.userId, now);
    options.afterWrite?.(tx, checked.current);
    return { ok: true, post: findPostForEdit(postId)! };
  });
}

/** Drops a post's pending changes: the editor goes back to the public content. */
export function discardPendingDraft(postId: number, expectedRevision: number, now = new Date()): SaveResult {
  return db().transaction((tx) => {
    const checked = checkSave(tx, postId, expectedRevision, undefined);
    if (!checked.ok) return checked;
    tx.delete(postDrafts).where(eq(postDrafts.postId, postId)).run();
    tx.update(posts)
      .set({ revision: checked.current.revision + 1, updatedAt: now })
      .where(and(eq(posts.id, postId), eq(posts.revision, expectedRevision)))
      .run();
    return { ok: true, post: findPostForEdit(postId)! };
  });
}

/**
 * Makes a kept version the current content (title, excerpt, body, disclaimer; the slug
 * stays, so no address changes), replacing any pending changes. A published post shows
 * it at once and records the restore as a new version.
 */
export function restorePostVersion(postId: number, versionId: number, options: { userId: number; expectedRevision?: number; now?: Date }): SaveResult {
  const current = findPostForEdit(postId);
  const found = findPostVersion(postId, versionId);
  if (!current || !found) return { ok: false, reason: "not-found" };
  const { version } = found;
  return savePostContent(
    postId,
    options.expectedRevision ?? current.revision,
    {
      title: version.title,
      slug: current.slug,
      excerpt: version.excerpt,
      bodyHtml: version.bodyHtml,
      disclaimer: version.disclaimer,
      tags: current.tags,
      coverMediaId: current.coverMediaId,
      coverAlt: current.coverAlt,
      seoTitle: current.seoTitle,
      seoDescription: current.seoDescription,
      bylineProfileId: current.bylineProfileId,
      lastReviewedAt: current.lastReviewedAt,
    },
    { userId: options.userId, now: options.now },
  );
}
