// Uploads and their resized variants; where each is used (the media library, and what may
// be deleted); the description the library keeps for each.
import "server-only";
import { count, desc, eq, inArray, like, or, sql } from "drizzle-orm";
import { db } from "./client";
import { media, mediaVariants, postDrafts, posts, profiles, settings } from "./schema";

export type Media = typeof media.$inferSelect;
export type MediaVariant = typeof mediaVariants.$inferSelect;
/** What /media/[name] serves: an upload as sent, or one of its variants. */
export type ServableFile = { fileName: string; mimeType: string };

export function insertMedia(values: typeof media.$inferInsert): Media {
  return db().insert(media).values(values).returning().get();
}

/** An upload and its variants, together or not at all. */
export function insertMediaWithVariants(values: typeof media.$inferInsert, variants: Omit<MediaVariant, "mediaId">[]): Media {
  return db().transaction((tx) => {
    const row = tx.insert(media).values(values).returning().get();
    if (variants.length) tx.insert(mediaVariants).values(variants.map((v) => ({ ...v, mediaId: row.id }))).run();
    return row;
  });
}

export function findMediaById(id: number): Media | undefined {
  return db().select().from(media).where(eq(media.id, id)).get();
}

export function findMediaByFileName(fileName: string): Media | undefined {
  return db().select().from(media).where(eq(media.fileName, fileName)).get();
}

/** An upload or a variant the tables know, by file name. */
export function findServableFile(fileName: string): ServableFile | undefined {
  const upload = db().select({ fileName: media.fileName, mimeType: media.mimeType }).from(media).where(eq(media.fileName, fileName)).get();
  return upload ?? db().select({ fileName: mediaVariants.fileName, mimeType: mediaVariants.mimeType }).from(mediaVariants).where(eq(mediaVariants.fileName, fileName)).get();
}

export type MediaWithVariants = Media & { variants: MediaVariant[] };

/** Uploads by their file names, each with its variants: what a page needs to offer them with srcset. */
export function findMediaWithVariants(fileNames: string[]): Map<string, MediaWithVariants> {
  const found = new Map<string, MediaWithVariants>();
  if (fileNames.length === 0) return found;
  const rows = db().select().from(media).where(inArray(media.fileName, fileNames)).all();
  const variants = rows.length ? db().select().from(mediaVariants).where(inArray(mediaVariants.mediaId, rows.map((r) => r.id))).all() : [];
  for (const row of rows) found.set(row.fileName, { ...row, variants: variants.filter((v) => v.mediaId === row.id).sort((a, b) => a.width - b.width) });
  return found;
}

export function listVariants(mediaId: number): MediaVariant[] {
  return db().select().from(mediaVariants).where(eq(mediaVariants.mediaId, mediaId)).orderBy(mediaVariants.width).all();
}

/** Where an upload is used: posts (body, pending changes or cover, trashed ones too), profiles, the logo. */
export type MediaUse = { kind: "post" | "profile" | "logo"; id: number | null; title: string; how: string };

/** Every use of one upload, for the library and for refusing to delete it. */
export function listMediaUses(item: Pick<Media, "id" | "fileName">): MediaUse[] {
  const inBody = like(posts.bodyHtml, `%/media/${item.fileName}%`);
  const uses: MediaUse[] = [];
  for (const post of db()
    .select({ id: posts.id, title: posts.title, cover: posts.coverMediaId, inBody: sql<number>`${inBody}`, trashed: posts.deletedAt })
    .from(posts)
    .where(or(eq(posts.coverMediaId, item.id), inBody))
    .all()) {
    const how = [post.cover === item.id && "cover", post.inBody && "in the text"].filter(Boolean).join(" and ");
    uses.push({ kind: "post", id: post.id, title: post.title, how: post.trashed ? `${how} (in the trash)` : how });
  }
  const pendingBody = like(postDrafts.bodyHtml, `%/media/${item.fileName}%`);
  for (const draft of db()
    .select({ id: postDrafts.postId, title: postDrafts.title })
    .from(postDrafts)
    .where(or(eq(postDrafts.coverMediaId, item.id), pendingBody))
    .all()) {
    if (!uses.some((u) => u.kind === "post" && u.id === draft.id)) uses.push({ kind: "post", id: draft.id, title: draft.title, how: "in changes not published yet" });
  }
  for (const profile of db().select({ id: profiles.id, name: profiles.displayName }).from(profiles).where(eq(profiles.photoMediaId, item.id)).all()) {
    uses.push({ kind: "profile", id: profile.id, title: profile.name, how: "photo" });
  }
  const logo = db().select({ value: settings.value }).from(settings).where(eq(settings.key, "logoMediaId")).get();
  if (logo?.value === item.id) uses.push({ kind: "logo", id: null, title: "The firm's logo", how: "header and icon" });
  return uses;
}

export type LibraryItem = Media & { variantBytes: number; uses: MediaUse[] };

/** The media library: every upload, newest first, with the bytes its variants take and where it is used. */
export function listLibrary(): LibraryItem[] {
  const sizes = new Map(
    db()
      .select({ mediaId: mediaVariants.mediaId, bytes: sql<number>`sum(${mediaVariants.byteSize})` })
      .from(mediaVariants)
      .groupBy(mediaVariants.mediaId)
      .all()
      .map((r) => [r.mediaId, r.bytes]),
  );
  return db()
    .select()
    .from(media)
    .orderBy(desc(media.createdAt), desc(media.id))
    .all()
    .map((item) => ({ ...item, variantBytes: sizes.get(item.id) ?? 0, uses: listMediaUses(item) }));
}

/** Every upload, newest first (at most 200), for the editor's image picker. */
export function listLibraryPicks(): Media[] {
  return db().select().from(media).orderBy(desc(media.createdAt), desc(media.id)).limit(200).all();
}

export function countMedia(): number {
  return db().select({ n: count() }).from(media).get()?.n ?? 0;
}

/** The library's description of an upload: what every body image made from it says. */
export function setMediaAlt(id: number, alt: string): boolean {
  return db().update(media).set({ alt }).where(eq(media.id, id)).run().changes > 0;
}

/**
 * Deletes an upload (and its variants' rows) when nothing uses it; the files it had, for the
 * caller to remove once the rows are gone, or the uses that keep it.
 */
export function deleteUnusedMedia(id: number): { ok: true; fileNames: string[] } | { ok: false; uses: MediaUse[] } {
  return db().transaction((tx) => {
    const item = tx.select().from(media).where(eq(media.id, id)).get();
    // Already gone: nothing to keep, nothing to remove.
    if (!item) return { ok: true as const, fileNames: [] };
    const uses = listMediaUses(item);
    if (uses.length) return { ok: false as const, uses };
    const variants = tx.select({ fileName: mediaVariants.fileName }).from(mediaVariants).where(eq(mediaVariants.mediaId, id)).all();
    tx.delete(media).where(eq(media.id, id)).run();
    return { ok: true as const, fileNames: [item.fileName, ...variants.map((v) => v.fileName)] };
  });
}

/** Uploads with no variants yet (stored before resizing existed): resized at start-up. */
export function listMediaWithoutVariants(): Media[] {
  return db()
    .select()
    .from(media)
    .where(sql`not exists (select 1 from ${mediaVariants} where ${mediaVariants.mediaId} = ${media.id})`)
    .all();
}

/** Variants made later for an upload stored before resizing existed. */
export function addVariants(mediaId: number, variants: Omit<MediaVariant, "mediaId">[]): void {
  if (variants.length) db().insert(mediaVariants).values(variants.map((v) => ({ ...v, mediaId }))).run();
}
