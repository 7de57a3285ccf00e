// The kept versions of posts: recorded on each publish and each change to a published
// post, listed per post, and all of them as the advertising archive.
import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { db, type Tx } from "../client";
import { posts, postVersions, users, type PostKind } from "../schema";
import type { PostContent } from "./post-for-edit";

// What a kept version records, and what makes a published post "Updated" when it changes.
const VERSIONED_FIELDS = ["title", "slug", "excerpt", "bodyHtml", "disclaimer"] as const;
export type Versioned = Pick<PostContent, (typeof VERSIONED_FIELDS)[number]>;

export function sameVersionedFields(a: Versioned, b: Versioned): boolean {
  return VERSIONED_FIELDS.every((field) => a[field] === b[field]);
}

/** Keeps the post as it is now as a version (unless unchanged since the last one, when asked). */
export function recordVersion(tx: Tx, postId: number, userId: number, now: Date, onlyIfChanged: boolean) {
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
      savedBy: userId,
      createdAt: now,
    })
    .run();
}

export type PostVersionRow = { id: number; title: string; slug: string; createdAt: Date; authorName: string | null };

/** The kept versions of a post, newest first. */
export function listPostVersions(postId: number): PostVersionRow[] {
  return db()
    .select({ id: postVersions.id, title: postVersions.title, slug: postVersions.slug, createdAt: postVersions.createdAt, authorName: users.name })
    .from(postVersions)
    .leftJoin(users, eq(users.id, postVersions.savedBy))
    .where(eq(postVersions.postId, postId))
    .orderBy(desc(postVersions.createdAt), desc(postVersions.id))
    .all();
}

export function findPostVersion(postId: number, versionId: number) {
  return db()
    .select({ version: postVersions, authorName: users.name })
    .from(postVersions)
    .leftJoin(users, eq(users.id, postVersions.savedBy))
    .where(and(eq(postVersions.id, versionId), eq(postVersions.postId, postId)))
    .get();
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
    .leftJoin(users, eq(users.id, postVersions.savedBy))
    .orderBy(asc(postVersions.createdAt), asc(postVersions.id))
    .all();
}
