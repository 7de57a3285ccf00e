// A post as the editor loads it: its own columns, its tags and cover, and any pending
// changes (a published post's saved edits the public does not see yet).
import "server-only";
import { eq } from "drizzle-orm";
import { db } from "../client";
import { bylineColumns } from "../posts";
import { media, postDrafts, posts, profiles, users } from "../schema";
import { tagNamesOf } from "../tags";

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
  bylineProfileId: number | null;
  lastReviewedAt: Date | null;
};

/** Saved changes to a published or scheduled post that the public does not see yet. */
export type PendingDraft = PostContent & { savedBy: number | null; updatedAt: Date; coverFileName: string | null };

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
  const { title, slug, excerpt, bodyHtml, tags: tagNames, coverMediaId, coverAlt, seoTitle, seoDescription, disclaimer, bylineProfileId, lastReviewedAt, savedBy, updatedAt } =
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
    bylineProfileId,
    lastReviewedAt,
    savedBy,
    updatedAt,
    coverFileName: row.coverFileName,
  };
}

/** A post as the editor loads it (trashed ones too), with its pending changes, or undefined. */
export function findPostForEdit(id: number): EditablePost | undefined {
  const row = db()
    .select({ post: posts, authorName: bylineColumns.authorName, coverFileName: media.fileName })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.createdBy))
    .leftJoin(profiles, eq(profiles.id, posts.bylineProfileId))
    .leftJoin(media, eq(media.id, posts.coverMediaId))
    .where(eq(posts.id, id))
    .get();
  if (!row) return undefined;
  return { ...row.post, authorName: row.authorName, coverFileName: row.coverFileName, tags: tagNamesOf(id), pending: findPendingDraft(id) ?? null };
}
