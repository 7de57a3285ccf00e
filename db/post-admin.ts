// The admin's queries over posts: lists with filters, the editor's load and save
// (with revision checks, slug redirects and kept versions), pending changes to published
// posts, trash.
import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, lt, lte, ne, sql, type SQL } from "drizzle-orm";
import { htmlText } from "@/lib/posts/html-text";
import { db, type Queryable, type Tx } from "./client";
import { contains } from "./contains";
import { isPublic } from "./posts";
import { profileForUser } from "./profiles";
import { media, postDrafts, posts, postVersions, profiles, reviewRequests, slugRedirects, users, type PostKind } from "./schema";
import { distinctTagNames, setPostTags, tagNamesOf } from "./tags";

export type AdminPostStatus = "draft" | "scheduled" | "published";

export function adminStatus(post: { status: "draft" | "published"; publishedAt: Date | null }, now = new Date()): AdminPostStatus {
  if (post.status === "draft") return "draft";
  return post.publishedAt && post.publishedAt > now ? "scheduled" : "published";
}

/** `kinds`: blog posts unless told (the Pages list asks for pages and practice areas). */
export type AdminPostFilter = { status?: AdminPostStatus; search?: string; trash?: boolean; kinds?: PostKind[]; now?: Date };

function filterWhere({ status, search, trash = false, kinds = ["post"], now = new Date() }: AdminPostFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [trash ? isNotNull(posts.deletedAt) : isNull(posts.deletedAt), inArray(posts.kind, kinds)];
  if (status === "draft") conditions.push(eq(posts.status, "draft"));
  if (status === "scheduled") conditions.push(eq(posts.status, "published"), gt(posts.publishedAt, now));
  if (status === "published") conditions.push(eq(posts.status, "published"), lte(posts.publishedAt, now));
  const words = search?.trim();
  if (words) {
    conditions.push(contains(posts.title, words));
  }
  return and(...conditions);
}

export type AdminPostRow = {
  id: number;
  kind: PostKind;
  title: string;
  slug: string;
  status: AdminPostStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  deletedAt: Date | null;
  authorName: string;
  /** A published or scheduled post with saved changes that are not public yet. */
  pendingChanges: boolean;
  /** An editor asked the owner to publish it (db/review-requests.ts). */
  inReview: boolean;
  /** The writing checks' scores, 0-100 (lib/writing/post-scores.ts); null before they are computed. */
  readabilityScore: number | null;
  searchScore: number | null;
};

/** How the admin list is ordered: most recently changed first, or by a writing score, lowest (the work to do) first. */
export const ADMIN_POST_SORTS = ["changed", "readability", "search"] as const;
export type AdminPostSort = (typeof ADMIN_POST_SORTS)[number];

/** A page of posts for the admin list, most recently changed first unless `sort` says otherwise. */
export function listAdminPosts(filter: AdminPostFilter & { limit: number; offset?: number; sort?: AdminPostSort }): AdminPostRow[] {
  const now = filter.now ?? new Date();
  return db()
    .select({
      id: posts.id,
      kind: posts.kind,
      title: posts.title,
      slug: posts.slug,
      status: posts.status,
      publishedAt: posts.publishedAt,
      updatedAt: posts.updatedAt,
      deletedAt: posts.deletedAt,
      authorName: bylineName,
      pendingPostId: postDrafts.postId,
      inReview: sql<number>`exists (select 1 from ${reviewRequests} where ${reviewRequests.postId} = ${posts.id} and ${reviewRequests.decidedAt} is null)`,
      readabilityScore: posts.readabilityScore,
      searchScore: posts.searchScore,
    })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .leftJoin(profiles, eq(profiles.id, posts.authorProfileId))
    .leftJoin(postDrafts, eq(postDrafts.postId, posts.id))
    .where(filterWhere({ ...filter, now }))
    .orderBy(...scoreOrder(filter.sort), desc(filter.trash ? posts.deletedAt : posts.updatedAt), desc(posts.id))
    .limit(filter.limit)
    .offset(filter.offset ?? 0)
    .all()
    .map(({ pendingPostId, inReview, ...row }) => ({ ...row, status: adminStatus(row, now), pendingChanges: pendingPostId !== null, inReview: Boolean(inReview) }));
}

// Lowest score first; posts without a score last.
function scoreOrder(sort: AdminPostSort | undefined): SQL[] {
  const column = sort === "readability" ? posts.readabilityScore : sort === "search" ? posts.searchScore : undefined;
  return column ? [sql`${column} is null`, asc(column)] : [];
}

// The byline: the author's profile, else (a post older than profiles) the account's name.
const bylineName = sql<string>`coalesce(${profiles.displayName}, ${users.name})`;

export function countAdminPosts(filter: AdminPostFilter): number {
  return db().select({ n: count() }).from(posts).where(filterWhere(filter)).get()?.n ?? 0;
}

/** Saved changes to a published or scheduled post that the public does not see yet. */
export type PendingDraft = PostContent & { authorId: number | null; updatedAt: Date; coverFileName: string | null };

export type EditablePost = typeof posts.$inferSelect & {
  tags: string[];
  authorName: string;
  coverFileName: string | null;
  /** The pending changes, when there are any: what the editor and the preview show. */
  pending: PendingDraft | null;
};

/** The pending changes of a post, or undefined when it has none. */
export function findPendingDraft(postId: number): PendingDraft | undefined {
  const row = db()
    .select({ draft: postDrafts, coverFileName: media.fileName })
    .from(postDrafts)
    .leftJoin(media, eq(media.id, postDrafts.coverMediaId))
    .where(eq(postDrafts.postId, postId))
    .get();
  if (!row) return undefined;
  const { title, slug, excerpt, bodyHtml, tags: tagNames, coverMediaId, coverAlt, seoTitle, seoDescription, disclaimer, authorProfileId, lastReviewedAt, authorId, updatedAt } =
    row.draft;
  return {
    title,
    slug,
    excerpt,
    bodyHtml,
    tags: tagNames,
    coverMediaId,
    coverAlt,
    seoTitle,
    seoDescription,
    disclaimer,
    authorProfileId,
    lastReviewedAt,
    authorId,
    updatedAt,
    coverFileName: row.coverFileName,
  };
}

/** A post as the editor loads it (trashed ones too), with its pending changes, or undefined. */
export function findPostForEdit(id: number): EditablePost | undefined {
  const row = db()
    .select({ post: posts, authorName: bylineName, coverFileName: media.fileName })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .leftJoin(profiles, eq(profiles.id, posts.authorProfileId))
    .leftJoin(media, eq(media.id, posts.coverMediaId))
    .where(eq(posts.id, id))
    .get();
  if (!row) return undefined;
  return { ...row.post, authorName: row.authorName, coverFileName: row.coverFileName, tags: tagNamesOf(id), pending: findPendingDraft(id) ?? null };
}

/**
 * The slug itself when this post may take it, else the first free one of slug-2, slug-3…
 * (cut to fit 80 characters): a new post whose title another post already has is saved
 * under its own address rather than not at all.
 */
function freeSlug(tx: Queryable, slug: string, postId?: number): string {
  if (!slugClash(tx, slug, postId)) return slug;
  for (let n = 2; n < 1000; n++) {
    const suffix = `-${n}`;
    const candidate = `${slug.slice(0, 80 - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (!slugClash(tx, candidate, postId)) return candidate;
  }
  return slug;
}

/** Why a slug cannot be used by this post, or undefined when it can. */
function slugClash(tx: Queryable, slug: string, postId?: number): string | undefined {
  const other = tx
    .select({ id: posts.id })
    .from(posts)
    .where(postId === undefined ? eq(posts.slug, slug) : and(eq(posts.slug, slug), ne(posts.id, postId)))
    .get();
  if (other) return "Another post already uses this address. Choose a different slug.";
  const redirect = tx.select({ postId: slugRedirects.postId }).from(slugRedirects).where(eq(slugRedirects.oldSlug, slug)).get();
  if (redirect && redirect.postId !== postId) return "This address used to belong to another post and still leads there. Choose a different slug.";
  return undefined;
}

export type PostContent = {
  title: string;
  slug: string;
  excerpt: string;
  bodyHtml: string;
  tags: string[];
  coverMediaId: number | null;
  coverAlt: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  disclaimer: string | null;
  /** The byline's profile; null on a new post: its creator's. */
  authorProfileId: number | null;
  lastReviewedAt: Date | null;
};

/** What the status becomes with this save: unchanged, published at a time, or back to draft. */
export type StatusChange = { status: "published"; publishedAt: Date } | { status: "draft" } | undefined;

// What a kept version records, and what makes a published post "Updated" when it changes.
const VERSIONED_FIELDS = ["title", "slug", "excerpt", "bodyHtml", "disclaimer"] as const;
type Versioned = Pick<PostContent, (typeof VERSIONED_FIELDS)[number]>;

function sameVersionedFields(a: Versioned, b: Versioned): boolean {
  return VERSIONED_FIELDS.every((field) => a[field] === b[field]);
}

export type SaveResult =
  | { ok: true; post: EditablePost }
  | { ok: false; reason: "not-found" | "conflict" | "trashed" }
  | { ok: false; reason: "slug"; message: string };

function recordVersion(tx: Tx, postId: number, userId: number, now: Date, onlyIfChanged: boolean) {
  const current = tx.select().from(posts).where(eq(posts.id, postId)).get()!;
  if (onlyIfChanged) {
    const last = tx.select().from(postVersions).where(eq(postVersions.postId, postId)).orderBy(desc(postVersions.id)).limit(1).get();
    if (last && sameVersionedFields(last, current)) return;
  }
  tx.insert(postVersions)
    .values({
      postId,
      kind: current.kind,
      publishedAt: current.publishedAt,
      slug: current.slug,
      title: current.title,
      excerpt: current.excerpt,
      bodyHtml: current.bodyHtml,
      disclaimer: current.disclaimer,
      authorId: userId,
      createdAt: now,
    })
    .run();
}

/**
 * A new draft (a post unless `kind` says otherwise) by this user, signed by their profile
 * unless another is chosen. With `autoSlug` (the slug came from the title, not the writer)
 * a taken slug becomes the first free slug-2, slug-3…; otherwise a taken slug fails.
 */
export function createDraftPost(content: PostContent, authorId: number, now = new Date(), kind: PostKind = "post", autoSlug = false): SaveResult {
  return db().transaction((tx) => {
    if (autoSlug) content = { ...content, slug: freeSlug(tx, content.slug) };
    const clash = slugClash(tx, content.slug);
    if (clash) return { ok: false, reason: "slug", message: clash };
    const { tags: tagNames, ...columns } = content;
    const authorProfileId = columns.authorProfileId ?? profileForUser(authorId, tx).id;
    const post = tx
      .insert(posts)
      .values({ ...columns, bodyText: htmlText(columns.bodyHtml), kind, authorProfileId, status: "draft", authorId, createdAt: now, updatedAt: now })
      .returning()
      .get();
    setPostTags(tx, post.id, tagNames);
    return { ok: true, post: findPostForEdit(post.id)! };
  });
}

type PostRow = typeof posts.$inferSelect;
type Checked = { ok: true; current: PostRow } | Extract<SaveResult, { ok: false }>;

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
  /** More writes that stand or fall with this save (a review request opened or closed). */
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
    a.authorProfileId === b.authorProfileId &&
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
    const values = { ...content, authorId: userId, updatedAt: now };
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
    writeLive(tx, checked.current, content, { ...options, now });
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

/** Moves a post to the trash (it leaves the public site at once). */
export function trashPost(postId: number, now = new Date()): boolean {
  const result = db()
    .update(posts)
    .set({ deletedAt: now, updatedAt: now, revision: sql`${posts.revision} + 1` })
    .where(and(eq(posts.id, postId), isNull(posts.deletedAt)))
    .run();
  return result.changes === 1;
}

/** Takes a post out of the trash, with the status it had. */
export function restorePost(postId: number, now = new Date()): boolean {
  const result = db()
    .update(posts)
    .set({ deletedAt: null, updatedAt: now, revision: sql`${posts.revision} + 1` })
    .where(and(eq(posts.id, postId), isNotNull(posts.deletedAt)))
    .run();
  return result.changes === 1;
}

/**
 * Deletes every post in the trash for good (with its tags, redirects and pending changes).
 * Its kept versions stay, as advertising records: their post_id becomes null and they
 * keep the post's title and slug. Returns how many posts were deleted.
 */
export function emptyTrash(): number {
  return db().delete(posts).where(isNotNull(posts.deletedAt)).run().changes;
}

export type PostVersionRow = { id: number; title: string; slug: string; createdAt: Date; authorName: string | null };

/** The kept versions of a post, newest first. */
export function listPostVersions(postId: number): PostVersionRow[] {
  return db()
    .select({ id: postVersions.id, title: postVersions.title, slug: postVersions.slug, createdAt: postVersions.createdAt, authorName: users.name })
    .from(postVersions)
    .leftJoin(users, eq(users.id, postVersions.authorId))
    .where(eq(postVersions.postId, postId))
    .orderBy(desc(postVersions.createdAt), desc(postVersions.id))
    .all();
}

export function findPostVersion(postId: number, versionId: number) {
  return db()
    .select({ version: postVersions, authorName: users.name })
    .from(postVersions)
    .leftJoin(users, eq(users.id, postVersions.authorId))
    .where(and(eq(postVersions.id, versionId), eq(postVersions.postId, postId)))
    .get();
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
      authorProfileId: current.authorProfileId,
      lastReviewedAt: current.lastReviewedAt,
    },
    { userId: options.userId, now: options.now },
  );
}

export type ReviewDueRow = { id: number; kind: PostKind; title: string; publishedAt: Date | null; lastReviewedAt: Date | null; authorName: string };

/**
 * Published posts and pages nobody has marked reviewed since `before` (12 months ago, for
 * the admin's list): never reviewed ones count from their publication. Oldest first.
 */
export function listPostsDueForReview(before: Date, now = new Date()): ReviewDueRow[] {
  const reviewedOrPublished = sql`coalesce(${posts.lastReviewedAt}, ${posts.publishedAt})`;
  return db()
    .select({ id: posts.id, kind: posts.kind, title: posts.title, publishedAt: posts.publishedAt, lastReviewedAt: posts.lastReviewedAt, authorName: bylineName })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .leftJoin(profiles, eq(profiles.id, posts.authorProfileId))
    .where(and(eq(posts.status, "published"), isNull(posts.deletedAt), lte(posts.publishedAt, now), lt(reviewedOrPublished, before.getTime())))
    .orderBy(asc(reviewedOrPublished), asc(posts.id))
    .all();
}

export type ArchivedVersion = { id: number; kind: PostKind; slug: string; title: string; excerpt: string; bodyHtml: string; disclaimer: string | null; publishedAt: Date | null; createdAt: Date; authorName: string | null };

/** Every kept version of every post and page (trashed and deleted ones too), oldest first: the advertising archive. */
export function listArchivedVersions(): ArchivedVersion[] {
  return db()
    .select({
      id: postVersions.id,
      kind: postVersions.kind,
      slug: postVersions.slug,
      title: postVersions.title,
      excerpt: postVersions.excerpt,
      bodyHtml: postVersions.bodyHtml,
      disclaimer: postVersions.disclaimer,
      publishedAt: postVersions.publishedAt,
      createdAt: postVersions.createdAt,
      authorName: users.name,
    })
    .from(postVersions)
    .leftJoin(users, eq(users.id, postVersions.authorId))
    .orderBy(asc(postVersions.createdAt), asc(postVersions.id))
    .all();
}
