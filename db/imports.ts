// Imports of other sites (lib/import/): runs and their items (the state a background import
// resumes from), which post and image came from which source, and the posts, profiles and
// tags an import writes, one post per transaction.
import "server-only";
import { and, asc, count, desc, eq, gt, inArray, ne, sql } from "drizzle-orm";
import { htmlText } from "@/lib/posts/html-text";
import { db, type Queryable, type Tx } from "./client";
import { createProfile, defaultBylineFor, emptyProfile, profileForUser } from "./profiles";
import { importedMedia, importedPosts, importItems, importRuns, media, posts, profiles, users, type ImportRunStatus, type PostKind } from "./schema";
import { slugClash } from "./post-admin/free-slug";
import { recordVersion } from "./post-admin/post-versions";
import { setPostTags } from "./tags";

export type ImportRun = typeof importRuns.$inferSelect;
export type ImportItemRow = typeof importItems.$inferSelect;

export function createImportRun(values: { source: ImportRun["source"]; label: string; createdBy: number | null }, now = new Date()): ImportRun {
  return db()
    .insert(importRuns)
    .values({ ...values, status: "reading", updatedAt: now })
    .returning()
    .get();
}

export function findImportRun(id: number): ImportRun | undefined {
  return db().select().from(importRuns).where(eq(importRuns.id, id)).get();
}

/** The latest runs, newest first (the Import screen's history). */
export function listImportRuns(limit = 10): ImportRun[] {
  return db().select().from(importRuns).orderBy(desc(importRuns.id)).limit(limit).all();
}

/** Runs the server was in the middle of when it stopped: it resumes them on start. */
export function listRunningImports(): ImportRun[] {
  return db().select().from(importRuns).where(eq(importRuns.status, "running")).orderBy(asc(importRuns.id)).all();
}

/** Dry runs left half-read (the server stopped while reading them): failed with `error`. */
export function failReadingImports(error: string, now = new Date()): void {
  db()
    .update(importRuns)
    .set({ status: "failed", error, updatedAt: now, finishedAt: now })
    .where(eq(importRuns.status, "reading"))
    .run();
}

export function updateImportRun(id: number, values: Partial<Pick<ImportRun, "source" | "status" | "siteUrl" | "sourceInfo" | "notes" | "error" | "finishedAt">>, now = new Date()): void {
  db()
    .update(importRuns)
    .set({ ...values, updatedAt: now })
    .where(eq(importRuns.id, id))
    .run();
}

/** Moves a run from one status to another only if it is still in the first (cancel races the worker). */
export function moveImportRun(id: number, from: ImportRunStatus[], to: ImportRunStatus, now = new Date()): boolean {
  return (
    db()
      .update(importRuns)
      .set({ status: to, updatedAt: now, ...(to === "done" || to === "failed" || to === "cancelled" ? { finishedAt: now } : {}) })
      .where(and(eq(importRuns.id, id), inArray(importRuns.status, from)))
      .run().changes === 1
  );
}

export type NewImportItem = { sourceKey: string; kind: ImportItemRow["kind"]; data: unknown };

/** Items as read, many per transaction (reading a 1,000-post export is one pass). */
export function stageImportItems(runId: number, items: NewImportItem[]): void {
  if (items.length === 0) return;
  db().transaction((tx) => {
    for (const item of items) tx.insert(importItems).values({ runId, ...item }).run();
  });
}

export function listRunItems(runId: number, kinds: ImportItemRow["kind"][] = ["post", "page"]): ImportItemRow[] {
  return db()
    .select()
    .from(importItems)
    .where(and(eq(importItems.runId, runId), inArray(importItems.kind, kinds)))
    .orderBy(asc(importItems.id))
    .all();
}

/**
 * A run's posts and pages `size` at a time, in file order: planning a 200 MB export holds one
 * page of items at a time, never the whole file parsed into memory.
 */
export function* runItemPages(runId: number, size = 100): Generator<ImportItemRow[]> {
  let after = 0;
  for (;;) {
    const rows = db()
      .select()
      .from(importItems)
      .where(and(eq(importItems.runId, runId), inArray(importItems.kind, ["post", "page"]), gt(importItems.id, after)))
      .orderBy(asc(importItems.id))
      .limit(size)
      .all();
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.id;
  }
}

/** Every planned post's old addresses and new slug (not its body): where links inside bodies now lead. */
export function listRunLinks(runId: number): { kind: "post" | "page"; plannedSlug: string; oldUrls: string[] }[] {
  const rows = db()
    .select({ kind: importItems.kind, plannedSlug: importItems.plannedSlug, oldUrls: sql<string | null>`json_extract(${importItems.data}, '$.oldUrls')` })
    .from(importItems)
    .where(and(eq(importItems.runId, runId), inArray(importItems.kind, ["post", "page"]), sql`${importItems.plannedSlug} is not null`))
    .orderBy(asc(importItems.id))
    .all();
  return rows.map((r) => ({ kind: r.kind as "post" | "page", plannedSlug: r.plannedSlug!, oldUrls: r.oldUrls ? (JSON.parse(r.oldUrls) as string[]) : [] }));
}

/** One line of the dry-run report: what it shows of a post, read out of its data without the body. */
export type ReportRow = Pick<ImportItemRow, "id" | "kind" | "plan" | "plannedSlug" | "warnings" | "status" | "message"> & {
  title: string | null;
  itemStatus: string | null;
  date: string | null;
  author: string | null;
  tags: string[];
};

/** The report's rows for a run's posts and pages, in file order (the Import screen reloads it every two seconds while a run goes on). */
export function listReportRows(runId: number): ReportRow[] {
  const field = (path: string) => sql<string | null>`json_extract(${importItems.data}, ${path})`;
  return db()
    .select({
      id: importItems.id,
      kind: importItems.kind,
      plan: importItems.plan,
      plannedSlug: importItems.plannedSlug,
      warnings: importItems.warnings,
      status: importItems.status,
      message: importItems.message,
      title: field("$.title"),
      itemStatus: field("$.status"),
      date: field("$.date"),
      author: field("$.author.name"),
      tags: field("$.tags"),
    })
    .from(importItems)
    .where(and(eq(importItems.runId, runId), inArray(importItems.kind, ["post", "page"])))
    .orderBy(asc(importItems.id))
    .all()
    .map((r) => ({ ...r, tags: r.tags ? (JSON.parse(r.tags) as string[]) : [] }));
}

/** A planned run's posts to write that have no author: public on the old site (published or scheduled) and drafts. */
export function countUnsignedItems(runId: number): { published: number; drafts: number } {
  const status = sql`json_extract(${importItems.data}, '$.status')`;
  const row = db()
    .select({
      published: sql<number>`coalesce(sum(${status} in ('published', 'scheduled')), 0)`,
      drafts: sql<number>`coalesce(sum(${status} = 'draft'), 0)`,
    })
    .from(importItems)
    .where(and(eq(importItems.runId, runId), eq(importItems.kind, "post"), inArray(importItems.plan, ["create", "update"]), sql`json_extract(${importItems.data}, '$.author') is null`))
    .get();
  return { published: row?.published ?? 0, drafts: row?.drafts ?? 0 };
}

export function setRunByline(runId: number, profileId: number | null, now = new Date()): void {
  db().update(importRuns).set({ bylineProfileId: profileId, updatedAt: now }).where(eq(importRuns.id, runId)).run();
}

/** The next item the import has not done yet, in file order. */
export function nextPendingItem(runId: number): ImportItemRow | undefined {
  return db()
    .select()
    .from(importItems)
    .where(and(eq(importItems.runId, runId), eq(importItems.status, "pending"), ne(importItems.kind, "attachment")))
    .orderBy(asc(importItems.id))
    .limit(1)
    .get();
}

export function findRunAttachment(runId: number, sourceKey: string): ImportItemRow | undefined {
  return db()
    .select()
    .from(importItems)
    .where(and(eq(importItems.runId, runId), eq(importItems.sourceKey, sourceKey), eq(importItems.kind, "attachment")))
    .get();
}

export function savePlan(items: { id: number; plan: string; plannedSlug: string | null; warnings: string[]; postId: number | null }[]): void {
  db().transaction((tx) => {
    for (const { id, ...values } of items) tx.update(importItems).set(values).where(eq(importItems.id, id)).run();
  });
}

export function finishImportItem(id: number, values: { status: ImportItemRow["status"]; message?: string | null; postId?: number | null; warnings?: string[] }, tx: Queryable = db()): void {
  tx.update(importItems).set(values).where(eq(importItems.id, id)).run();
}

export type RunProgress = { total: number; done: number; failed: number; skipped: number; pending: number };

export function runProgress(runId: number): RunProgress {
  const rows = db()
    .select({ status: importItems.status, n: count() })
    .from(importItems)
    .where(and(eq(importItems.runId, runId), ne(importItems.kind, "attachment")))
    .groupBy(importItems.status)
    .all();
  const by = Object.fromEntries(rows.map((r) => [r.status, r.n])) as Partial<Record<ImportItemRow["status"], number>>;
  const [done, failed, skipped, pending] = [by.done ?? 0, by.failed ?? 0, by.skipped ?? 0, by.pending ?? 0];
  return { total: done + failed + skipped + pending, done, failed, skipped, pending };
}

export type ImportedPost = typeof importedPosts.$inferSelect & { currentRevision: number; slug: string; kind: PostKind };

/** What an earlier import of this source post wrote, with the post's current revision and slug. */
export function findImportedPost(sourceKey: string): ImportedPost | undefined {
  return db()
    .select({ sourceKey: importedPosts.sourceKey, postId: importedPosts.postId, contentHash: importedPosts.contentHash, revision: importedPosts.revision, importedAt: importedPosts.importedAt, currentRevision: posts.revision, slug: posts.slug, kind: posts.kind })
    .from(importedPosts)
    .innerJoin(posts, eq(posts.id, importedPosts.postId))
    .where(eq(importedPosts.sourceKey, sourceKey))
    .get();
}

/** True when a post or an old slug of one (other than post `exceptId`) holds this slug. */
export function slugTaken(slug: string, exceptId?: number): boolean {
  return slugClash(db(), slug, exceptId) !== undefined;
}

/** The media row an earlier import made from this address, if it is still in the library. */
export function findImportedMedia(sourceUrl: string): typeof media.$inferSelect | undefined {
  return db().select({ media }).from(importedMedia).innerJoin(media, eq(media.id, importedMedia.mediaId)).where(eq(importedMedia.sourceUrl, sourceUrl)).get()?.media;
}

/** Records where an image came from; its description is kept when the library has none yet. */
export function recordImportedMedia(sourceUrl: string, mediaId: number, alt: string): void {
  db().transaction((tx) => {
    tx.insert(importedMedia).values({ sourceUrl, mediaId }).onConflictDoUpdate({ target: importedMedia.sourceUrl, set: { mediaId } }).run();
    if (alt) tx.update(media).set({ alt }).where(and(eq(media.id, mediaId), eq(media.alt, ""))).run();
  });
}

/**
 * The lawyer profile for an imported author: the profile of the account with that email,
 * else a profile with that name, else a new profile (never an account: an author of the
 * old site gets no way to sign in here). Null when the email is a sign-in account's that is
 * not a lawyer's and the firm has no one lawyer to sign for it.
 */
export function profileForAuthor(tx: Queryable, author: { name: string; email?: string }): number | null {
  if (author.email) {
    const user = tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${author.email.toLowerCase()}`).get();
    if (user) {
      // The account's own profile when it is a lawyer's; a sign-in account ("admin") gets the firm's lawyer.
      // Never the account's own profile when it is not a lawyer's: null, and the post takes the run's rule (lib/import/import-byline.ts).
      const own = profileForUser(user.id, tx);
      return own.listed ? own.id : defaultBylineFor(user.id, tx);
    }
  }
  const named = tx.select({ id: profiles.id }).from(profiles).where(sql`lower(${profiles.displayName}) = ${author.name.trim().toLowerCase()}`).orderBy(asc(profiles.id)).get();
  if (named) return named.id;
  return createProfile(emptyProfile(author.name.trim() || "Attorney"), new Date(), tx).id;
}

export type ImportedPostValues = {
  kind: PostKind;
  slug: string;
  title: string;
  excerpt: string;
  bodyHtml: string;
  status: "draft" | "published";
  publishedAt: Date | null;
  bylineProfileId: number | null;
  coverMediaId: number | null;
  coverAlt: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  tags: string[];
};

/**
 * Writes one imported post (new, or the post an earlier import of it made) with its tags,
 * its kept version when published and its link to the source, inside the caller's
 * transaction: all of it, or on a failure none of it.
 */
export function writeImportedPost(tx: Tx, input: { sourceKey: string; contentHash: string; userId: number; existingId?: number; values: ImportedPostValues }, now = new Date()): number {
  const { tags, ...columns } = input.values;
  const bodyText = htmlText(columns.bodyHtml);
  let postId: number;
  let revision: number;
  if (input.existingId !== undefined) {
    const row = tx
      .update(posts)
      .set({ ...columns, bodyText, updatedAt: now, revision: sql`${posts.revision} + 1` })
      .where(eq(posts.id, input.existingId))
      .returning({ id: posts.id, revision: posts.revision })
      .get();
    if (!row) throw new Error("The post an earlier import made is gone.");
    ({ id: postId, revision } = row);
  } else {
    const row = tx
      .insert(posts)
      .values({ ...columns, bodyText, createdBy: input.userId, createdAt: columns.publishedAt && columns.publishedAt < now ? columns.publishedAt : now, updatedAt: now })
      .returning({ id: posts.id, revision: posts.revision })
      .get();
    ({ id: postId, revision } = row);
  }
  setPostTags(tx, postId, tags);
  // The advertising records keep every published version, as a publish in the editor does.
  if (columns.status === "published") recordVersion(tx, postId, input.userId, now, true);
  tx.insert(importedPosts)
    .values({ sourceKey: input.sourceKey, postId, contentHash: input.contentHash, revision, importedAt: now })
    .onConflictDoUpdate({ target: importedPosts.sourceKey, set: { postId, contentHash: input.contentHash, revision, importedAt: now } })
    .run();
  return postId;
}

/** Every profile's slug by its name in lower case (old author archives lead to them). */
export function profileSlugsByName(): Map<string, string> {
  const rows = db().select({ name: profiles.displayName, slug: profiles.slug }).from(profiles).orderBy(desc(profiles.id)).all();
  return new Map(rows.map((r) => [r.name.trim().toLowerCase(), r.slug]));
}

/** A profile from this site's own export: the one with that name takes its fields, else a new one. */
export function upsertProfileByName(fields: { displayName: string; title: string; bio: string; barAdmissions: { jurisdiction: string; year: number | null }[]; languages: string[]; certifications: string[]; publicEmail: string; listed: boolean }): void {
  const values = {
    displayName: fields.displayName,
    title: fields.title ?? "",
    bio: fields.bio ?? "",
    barAdmissions: fields.barAdmissions ?? [],
    languages: fields.languages ?? [],
    certifications: fields.certifications ?? [],
    publicEmail: fields.publicEmail ?? "",
    listed: fields.listed ?? true,
  };
  db().transaction((tx) => {
    const found = tx.select({ id: profiles.id }).from(profiles).where(sql`lower(${profiles.displayName}) = ${fields.displayName.trim().toLowerCase()}`).get();
    if (found) tx.update(profiles).set({ ...values, updatedAt: new Date() }).where(eq(profiles.id, found.id)).run();
    else createProfile({ ...emptyProfile(fields.displayName), ...values }, new Date(), tx);
  });
}

/** Runs `write` in one transaction. */
export function inTransaction<T>(write: (tx: Tx) => T): T {
  return db().transaction(write);
}
