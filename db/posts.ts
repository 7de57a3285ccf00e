import { and, asc, count, desc, eq, gt, inArray, isNull, lte, min, ne, sql } from "drizzle-orm";
import { db } from "./client";
import { media, posts, postTags, profiles, slugRedirects, users, type PostKind } from "./schema";
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
  /** The author's profile page (/attorneys/[slug]); null for a post older than profiles. */
  authorSlug: string | null;
};

// The public sees a post when it is published, not in the trash, and its time has come.
// A scheduled post is just a published one whose publishedAt is still in the future.
// The one definition of "public": every query that needs it uses this. Pages and practice
// areas are rows of the same table; `kind` says which the query wants (blog posts unless told).
export function isPublic(now: Date, kind: PostKind = "post") {
  return and(eq(posts.kind, kind), eq(posts.status, "published"), isNull(posts.deletedAt), lte(posts.publishedAt, now));
}

const summaryColumns = {
  id: posts.id,
  slug: posts.slug,
  title: posts.title,
  excerpt: posts.excerpt,
  publishedAt: posts.publishedAt,
  // The byline's profile; the account's name for a post older than profiles.
  authorName: sql<string>`coalesce(${profiles.displayName}, ${users.name})`,
  authorSlug: profiles.slug,
};

function toSummary(row: { publishedAt: Date | null } & Omit<PostSummary, "publishedAt">): PostSummary {
  // isPublic() guarantees publishedAt; the column is nullable only for drafts.
  return { ...row, publishedAt: row.publishedAt as Date };
}

export function countPublicPosts(now = new Date()): number {
  return db().select({ n: count() }).from(posts).where(isPublic(now)).get()?.n ?? 0;
}

/** Public posts, newest first; `offset`/`limit` page through them; `authorProfileId` keeps one author's. */
export function listPublicPosts(options: { limit: number; offset?: number; excludeId?: number; authorProfileId?: number; now?: Date }): PostSummary[] {
  const now = options.now ?? new Date();
  const where = and(
    isPublic(now),
    options.excludeId === undefined ? undefined : ne(posts.id, options.excludeId),
    options.authorProfileId === undefined ? undefined : eq(posts.authorProfileId, options.authorProfileId),
  );
  return db()
    .select(summaryColumns)
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .leftJoin(profiles, eq(profiles.id, posts.authorProfileId))
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
  lastReviewedAt: Date | null;
  /** The author's profile, for the "certified" check and the byline. */
  authorProfileId: number | null;
  tags: string[];
  cover: { fileName: string; alt: string; width: number | null; height: number | null } | null;
};

/** The public post (or page, or practice area: `kind`) at this slug, or undefined when there is none or it is not public. */
export function findPublicPostBySlug(slug: string, now = new Date(), kind: PostKind = "post"): PublicPost | undefined {
  const row = db()
    .select({
      ...summaryColumns,
      bodyHtml: posts.bodyHtml,
      disclaimer: posts.disclaimer,
      seoTitle: posts.seoTitle,
      seoDescription: posts.seoDescription,
      contentUpdatedAt: posts.contentUpdatedAt,
      lastReviewedAt: posts.lastReviewedAt,
      authorProfileId: posts.authorProfileId,
      coverAlt: posts.coverAlt,
      coverFileName: media.fileName,
      coverWidth: media.width,
      coverHeight: media.height,
    })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .leftJoin(profiles, eq(profiles.id, posts.authorProfileId))
    .leftJoin(media, eq(media.id, posts.coverMediaId))
    .where(and(eq(posts.slug, slug), isPublic(now, kind)))
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

/** The current slug of a post (or page: `kind`) that used to live at `oldSlug`, if it is public. */
export function findRedirectedSlug(oldSlug: string, now = new Date(), kind: PostKind = "post"): string | undefined {
  return db()
    .select({ slug: posts.slug })
    .from(slugRedirects)
    .innerJoin(posts, eq(posts.id, slugRedirects.postId))
    .where(and(eq(slugRedirects.oldSlug, oldSlug), isPublic(now, kind)))
    .get()?.slug;
}

/** A practice area as the home page and a post's links show it. */
export type PracticeAreaLink = { id: number; slug: string; title: string; excerpt: string };

const areaColumns = { id: posts.id, slug: posts.slug, title: posts.title, excerpt: posts.excerpt };

/** The public practice areas, by title. */
export function listPublicPracticeAreas(now = new Date()): PracticeAreaLink[] {
  return db().select(areaColumns).from(posts).where(isPublic(now, "practice_area")).orderBy(asc(posts.title), asc(posts.id)).all();
}

/** The public practice areas that share a tag with post `postId` (linked from the post). */
export function listPracticeAreasSharingTags(postId: number, now = new Date()): PracticeAreaLink[] {
  const tagsOfPost = db().select({ tagId: postTags.tagId }).from(postTags).where(eq(postTags.postId, postId));
  return db()
    .selectDistinct(areaColumns)
    .from(posts)
    .innerJoin(postTags, eq(postTags.postId, posts.id))
    .where(and(isPublic(now, "practice_area"), inArray(postTags.tagId, tagsOfPost)))
    .orderBy(asc(posts.title), asc(posts.id))
    .all();
}

/** When the next scheduled post (or page) goes public, if one is waiting. */
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
