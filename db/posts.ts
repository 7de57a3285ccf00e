import "server-only";
import { and, asc, count, desc, eq, gt, inArray, isNull, min, ne, sql } from "drizzle-orm";
import { htmlText } from "@/lib/posts/html-text";
import { countWords, readingMinutes } from "@/lib/posts/reading-time";
import { db } from "./client";
import { isPublic, published } from "./post-visibility";
import { preparedPerConnection } from "./prepared";
import { media, posts, postTags, profiles, slugRedirects, users, type PostKind } from "./schema";
import { setPostTags, tagsOf, type TagRef } from "./tags";

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
  /** On a translation: its author has a page in the translation's language (a bio written in it). */
  authorTranslated?: boolean;
  readingMinutes: number;
};

/**
 * The byline: the author's profile, else (a post older than profiles) the account's name;
 * its page only when the profile is a listed lawyer's (no other profile has a public page).
 * Every query that selects it joins users and profiles as `listPublicPosts` does.
 */
export const bylineColumns = {
  authorName: sql<string>`coalesce(${profiles.displayName}, ${users.name})`,
  authorSlug: sql<string | null>`case when ${profiles.listed} then ${profiles.slug} end`,
};

const summaryColumns = {
  id: posts.id,
  slug: posts.slug,
  title: posts.title,
  excerpt: posts.excerpt,
  publishedAt: posts.publishedAt,
  ...bylineColumns,
  bodyText: posts.bodyText,
};

type SummaryRow = { publishedAt: Date | null; bodyText: string | null } & Omit<PostSummary, "publishedAt" | "readingMinutes">;

function toSummary<T extends SummaryRow>({ bodyText, ...row }: T): Omit<T, "bodyText" | "publishedAt"> & PostSummary {
  // isPublic() guarantees publishedAt; the column is nullable only for drafts.
  return { ...row, publishedAt: row.publishedAt as Date, readingMinutes: readingMinutes(countWords(bodyText ?? "")) } as Omit<T, "bodyText" | "publishedAt"> & PostSummary;
}

export function countPublicPosts(now = new Date()): number {
  return db().select({ n: count() }).from(posts).where(isPublic(now)).get()?.n ?? 0;
}

/** Public posts (with a tag or an author: only theirs), newest first; `offset`/`limit` page through them. */
export function listPublicPosts(options: { limit: number; offset?: number; excludeId?: number; tagId?: number; bylineProfileId?: number; now?: Date }): PostSummary[] {
  const now = options.now ?? new Date();
  const where = and(
    isPublic(now),
    options.excludeId === undefined ? undefined : ne(posts.id, options.excludeId),
    options.bylineProfileId === undefined ? undefined : eq(posts.bylineProfileId, options.bylineProfileId),
    options.tagId === undefined ? undefined : sql`${posts.id} in (select ${postTags.postId} from ${postTags} where ${postTags.tagId} = ${options.tagId})`,
  );
  return db()
    .select(summaryColumns)
    .from(posts)
    .innerJoin(users, eq(users.id, posts.createdBy))
    .leftJoin(profiles, eq(profiles.id, posts.bylineProfileId))
    .where(where)
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(options.limit)
    .offset(options.offset ?? 0)
    .all()
    .map(toSummary);
}

/**
 * "Read more" under a post: public posts that share the most tags with it first, then the
 * newest (the post itself never).
 */
export function listRelatedPosts(postId: number, limit: number, now = new Date()): PostSummary[] {
  const shared = sql<number>`(select count(*) from ${postTags} as theirs where theirs.post_id = ${posts.id}
    and theirs.tag_id in (select ours.tag_id from ${postTags} as ours where ours.post_id = ${postId}))`;
  return db()
    .select(summaryColumns)
    .from(posts)
    .innerJoin(users, eq(users.id, posts.createdBy))
    .leftJoin(profiles, eq(profiles.id, posts.bylineProfileId))
    .where(and(isPublic(now), ne(posts.id, postId)))
    .orderBy(desc(shared), desc(posts.publishedAt), desc(posts.id))
    .limit(limit)
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
  bylineProfileId: number | null;
  tags: TagRef[];
  wordCount: number;
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
      bylineProfileId: posts.bylineProfileId,
      coverAlt: posts.coverAlt,
      coverFileName: media.fileName,
      coverWidth: media.width,
      coverHeight: media.height,
    })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.createdBy))
    .leftJoin(profiles, eq(profiles.id, posts.bylineProfileId))
    .leftJoin(media, eq(media.id, posts.coverMediaId))
    .where(and(eq(posts.slug, slug), isPublic(now, kind)))
    .get();
  if (!row) return undefined;
  const { coverAlt, coverFileName, coverWidth, coverHeight, ...rest } = row;
  return {
    ...toSummary(rest),
    tags: tagsOf(row.id),
    wordCount: countWords(rest.bodyText ?? ""),
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

/** The slugs of the firm's public pages (About, Privacy, …): what the header and footer may link to. */
export function listPublicPageSlugs(now = new Date()): string[] {
  return publicPageSlugs()
    .all({ now: now.getTime() })
    .map((row) => row.slug);
}

// Both run on every page the header and footer are rendered for.
const publicPageSlugs = preparedPerConnection((database) =>
  database.select({ slug: posts.slug }).from(posts).where(isPublic(sql.placeholder("now"), "page")).prepare(),
);

/** A practice area as the home page and a post's links show it. */
export type PracticeAreaLink = { id: number; slug: string; title: string; excerpt: string };

const areaColumns = { id: posts.id, slug: posts.slug, title: posts.title, excerpt: posts.excerpt };

/** The public practice areas, by title. */
export function listPublicPracticeAreas(now = new Date()): PracticeAreaLink[] {
  return publicPracticeAreas().all({ now: now.getTime() });
}

const publicPracticeAreas = preparedPerConnection((database) =>
  database.select(areaColumns).from(posts).where(isPublic(sql.placeholder("now"), "practice_area")).orderBy(asc(posts.title), asc(posts.id)).prepare(),
);

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
    .where(and(...published(), gt(posts.publishedAt, now)))
    .get();
  return row?.at ?? undefined;
}

export function countPosts(): number {
  return db().select({ n: count() }).from(posts).get()?.n ?? 0;
}

/** Inserts a post with its tags (created when new) in one transaction. */
export function insertPost(values: NewPost, tagNames: string[] = []) {
  return db().transaction((tx) => {
    const post = tx
      .insert(posts)
      .values({ ...values, bodyText: htmlText(values.bodyHtml ?? "") })
      .returning()
      .get();
    setPostTags(tx, post.id, tagNames);
    return post;
  });
}

/** A public post as the feed carries it: its whole body and when it last changed. */
export type FeedPost = PostSummary & { bodyHtml: string; contentUpdatedAt: Date | null; cover: { fileName: string; alt: string; mimeType: string; byteSize: number } | null };

/** The newest public posts with their bodies and covers, for the feed. */
export function listFeedPosts(limit: number, now = new Date()): FeedPost[] {
  return db()
    .select({ ...summaryColumns, bodyHtml: posts.bodyHtml, contentUpdatedAt: posts.contentUpdatedAt, coverAlt: posts.coverAlt, coverFileName: media.fileName, coverType: media.mimeType, coverSize: media.byteSize })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.createdBy))
    .leftJoin(profiles, eq(profiles.id, posts.bylineProfileId))
    .leftJoin(media, eq(media.id, posts.coverMediaId))
    .where(isPublic(now))
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(limit)
    .all()
    .map(({ bodyHtml, contentUpdatedAt, coverAlt, coverFileName, coverType, coverSize, ...row }) => ({
      ...toSummary(row),
      bodyHtml,
      contentUpdatedAt,
      cover: coverFileName && coverType && coverSize !== null ? { fileName: coverFileName, alt: coverAlt ?? "", mimeType: coverType, byteSize: coverSize } : null,
    }));
}

/** Every public post's (or page's: `kind`) address and when it last changed, newest first (the sitemap). */
export function listPublicPostDates(now = new Date(), kind: PostKind = "post"): { slug: string; publishedAt: Date; changedAt: Date }[] {
  return db()
    .select({ slug: posts.slug, publishedAt: posts.publishedAt, contentUpdatedAt: posts.contentUpdatedAt })
    .from(posts)
    .where(isPublic(now, kind))
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .all()
    .map((row) => {
      const publishedAt = row.publishedAt as Date;
      return { slug: row.slug, publishedAt, changedAt: row.contentUpdatedAt && row.contentUpdatedAt > publishedAt ? row.contentUpdatedAt : publishedAt };
    });
}

/**
 * Fills in body_text where it is missing (rows written before it existed, or by hand),
 * which also puts those posts in the search index (its triggers). Returns how many.
 */
export function fillMissingBodyText(): number {
  const missing = db().select({ id: posts.id, bodyHtml: posts.bodyHtml }).from(posts).where(isNull(posts.bodyText)).all();
  db().transaction((tx) => {
    for (const row of missing) tx.update(posts).set({ bodyText: htmlText(row.bodyHtml) }).where(eq(posts.id, row.id)).run();
  });
  return missing.length;
}
