import { and, count, desc, eq, gt, isNull, lte, min, ne } from "drizzle-orm";
import { db } from "./client";
import { media, posts, slugRedirects, users } from "./schema";
import { setPostTags, tagNamesOf } from "./tags";

export type NewPost = typeof posts.$inferInsert;

/** What a list of posts shows: enough for a title, date, author and excerpt. */
export type PostSummary = {
  id: number;
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date;
  authorName: string;
};

// The public sees a post when it is published, not in the trash, and its time has come.
// A scheduled post is just a published one whose publishedAt is still in the future.
// The one definition of "public": every query that needs it uses this.
export function isPublic(now: Date) {
  return and(eq(posts.status, "published"), isNull(posts.deletedAt), lte(posts.publishedAt, now));
}

const summaryColumns = {
  id: posts.id,
  slug: posts.slug,
  title: posts.title,
  excerpt: posts.excerpt,
  publishedAt: posts.publishedAt,
  authorName: users.name,
};

function toSummary(row: { publishedAt: Date | null } & Omit<PostSummary, "publishedAt">): PostSummary {
  // isPublic() guarantees publishedAt; the column is nullable only for drafts.
  return { ...row, publishedAt: row.publishedAt as Date };
}

export function countPublicPosts(now = new Date()): number {
  return db().select({ n: count() }).from(posts).where(isPublic(now)).get()?.n ?? 0;
}

/** Public posts, newest first; `offset`/`limit` page through them. */
export function listPublicPosts(options: { limit: number; offset?: number; excludeId?: number; now?: Date }): PostSummary[] {
  const now = options.now ?? new Date();
  const where = options.excludeId === undefined ? isPublic(now) : and(isPublic(now), ne(posts.id, options.excludeId));
  return db()
    .select(summaryColumns)
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(where)
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(options.limit)
    .offset(options.offset ?? 0)
    .all()
    .map(toSummary);
}

export type PublicPost = PostSummary & {
  bodyHtml: string;
  disclaimer: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  contentUpdatedAt: Date | null;
  tags: string[];
  cover: { fileName: string; alt: string; width: number | null; height: number | null } | null;
};

/** The public post at this slug, or undefined when there is none or it is not public. */
export function findPublicPostBySlug(slug: string, now = new Date()): PublicPost | undefined {
  const row = db()
    .select({
      ...summaryColumns,
      bodyHtml: posts.bodyHtml,
      disclaimer: posts.disclaimer,
      seoTitle: posts.seoTitle,
      seoDescription: posts.seoDescription,
      contentUpdatedAt: posts.contentUpdatedAt,
      coverAlt: posts.coverAlt,
      coverFileName: media.fileName,
      coverWidth: media.width,
      coverHeight: media.height,
    })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .leftJoin(media, eq(media.id, posts.coverMediaId))
    .where(and(eq(posts.slug, slug), isPublic(now)))
    .get();
  if (!row) return undefined;
  const { coverAlt, coverFileName, coverWidth, coverHeight, ...rest } = row;
  return {
    ...rest,
    publishedAt: row.publishedAt as Date,
    tags: tagNamesOf(row.id),
    cover: coverFileName ? { fileName: coverFileName, alt: coverAlt ?? "", width: coverWidth, height: coverHeight } : null,
  };
}

/** The current slug of a post that used to live at `oldSlug`, if it is public. */
export function findRedirectedSlug(oldSlug: string, now = new Date()): string | undefined {
  return db()
    .select({ slug: posts.slug })
    .from(slugRedirects)
    .innerJoin(posts, eq(posts.id, slugRedirects.postId))
    .where(and(eq(slugRedirects.oldSlug, oldSlug), isPublic(now)))
    .get()?.slug;
}

/** When the next scheduled post goes public, if one is waiting. */
export function nextScheduledPublication(now = new Date()): Date | undefined {
  const row = db()
    .select({ at: min(posts.publishedAt) })
    .from(posts)
    .where(and(eq(posts.status, "published"), isNull(posts.deletedAt), gt(posts.publishedAt, now)))
    .get();
  return row?.at ?? undefined;
}

export function countPosts(): number {
  return db().select({ n: count() }).from(posts).get()?.n ?? 0;
}

/** Inserts a post with its tags (created when new) in one transaction. */
export function insertPost(values: NewPost, tagNames: string[] = []) {
  return db().transaction((tx) => {
    const post = tx.insert(posts).values(values).returning().get();
    setPostTags(tx, post.id, tagNames);
    return post;
  });
}
