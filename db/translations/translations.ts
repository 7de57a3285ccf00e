// The public face of the translations (post_translations): what the Spanish site lists and
// shows, and which English pages have a version in another language (their hreflang
// alternates). A translation is public when its own status is "published" and its English
// original is public (isPublic(), the one definition).
import "server-only";
import { and, count, desc, eq, sql } from "drizzle-orm";
import type { TranslationLang } from "@/lib/i18n/languages";
import { countWords, readingMinutes } from "@/lib/posts/reading-time";
import { db } from "../client";
import { bylineColumns, type FeedPost, type PostSummary, type PublicPost } from "../posts";
import { media, posts, postTags, postTranslations, profiles, users, type PostKind } from "../schema";
import { translatedTagsOf, type TranslatedTagRef } from "./tag-translations";
import { authorTranslatedColumn, isPublicTranslation } from "./translation-visibility";

/** A translation in a list: a PostSummary at its own slug, with its original's. */
export type TranslatedSummary = PostSummary & { originalSlug: string; kind: PostKind };

/** A translation's page: the original's byline, dates, cover and tags (named in its language), the translation's words. */
export type TranslatedPost = Omit<PublicPost, "tags"> & { originalSlug: string; kind: PostKind; tags: TranslatedTagRef[] };

const summaryColumns = {
  id: posts.id,
  kind: posts.kind,
  slug: postTranslations.slug,
  originalSlug: posts.slug,
  title: postTranslations.title,
  excerpt: postTranslations.excerpt,
  publishedAt: posts.publishedAt,
  ...bylineColumns,
  ...authorTranslatedColumn,
  bodyText: postTranslations.bodyText,
};


function toSummary<T extends { bodyText: string; publishedAt: Date | null }>({ bodyText, ...row }: T) {
  return { ...row, publishedAt: row.publishedAt as Date, readingMinutes: readingMinutes(countWords(bodyText)) };
}

function base(columns: typeof summaryColumns) {
  return db()
    .select(columns)
    .from(postTranslations)
    .innerJoin(posts, eq(posts.id, postTranslations.postId))
    .innerJoin(users, eq(users.id, posts.createdBy))
    .leftJoin(profiles, eq(profiles.id, posts.bylineProfileId));
}

export function countPublicTranslations(lang: TranslationLang, now = new Date()): number {
  return (
    db()
      .select({ n: count() })
      .from(postTranslations)
      .innerJoin(posts, eq(posts.id, postTranslations.postId))
      .where(isPublicTranslation(lang, now, "post"))
      .get()?.n ?? 0
  );
}

/** The public blog posts in `lang`, newest first (by their originals' publication); of one tag or one lawyer when asked. */
export function listPublicTranslations(
  lang: TranslationLang,
  options: { limit: number; offset?: number; excludeId?: number; tagId?: number; bylineProfileId?: number; now?: Date },
): TranslatedSummary[] {
  const now = options.now ?? new Date();
  return base(summaryColumns)
    .where(
      and(
        isPublicTranslation(lang, now, "post"),
        options.excludeId === undefined ? undefined : sql`${posts.id} <> ${options.excludeId}`,
        options.bylineProfileId === undefined ? undefined : eq(posts.bylineProfileId, options.bylineProfileId),
        options.tagId === undefined ? undefined : sql`${posts.id} in (select ${postTags.postId} from ${postTags} where ${postTags.tagId} = ${options.tagId})`,
      ),
    )
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(options.limit)
    .offset(options.offset ?? 0)
    .all()
    .map(toSummary);
}

/** The public practice areas in `lang`, by title. */
export function listPublicTranslatedAreas(lang: TranslationLang, now = new Date()): { id: number; slug: string; title: string; excerpt: string }[] {
  return db()
    .select({ id: posts.id, slug: postTranslations.slug, title: postTranslations.title, excerpt: postTranslations.excerpt })
    .from(postTranslations)
    .innerJoin(posts, eq(posts.id, postTranslations.postId))
    .where(isPublicTranslation(lang, now, "practice_area"))
    .orderBy(postTranslations.title)
    .all();
}

/** The public translation in `lang` at `slug` of a `kind`, or undefined. */
export function findPublicTranslation(lang: TranslationLang, slug: string, kind: PostKind, now = new Date()): TranslatedPost | undefined {
  const row = db()
    .select({
      ...summaryColumns,
      bodyHtml: postTranslations.bodyHtml,
      seoDescription: postTranslations.seoDescription,
      disclaimer: posts.disclaimer,
      contentUpdatedAt: posts.contentUpdatedAt,
      lastReviewedAt: posts.lastReviewedAt,
      bylineProfileId: posts.bylineProfileId,
      coverAlt: posts.coverAlt,
      coverFileName: media.fileName,
      coverWidth: media.width,
      coverHeight: media.height,
    })
    .from(postTranslations)
    .innerJoin(posts, eq(posts.id, postTranslations.postId))
    .innerJoin(users, eq(users.id, posts.createdBy))
    .leftJoin(profiles, eq(profiles.id, posts.bylineProfileId))
    .leftJoin(media, eq(media.id, posts.coverMediaId))
    .where(and(eq(postTranslations.slug, slug), isPublicTranslation(lang, now, kind)))
    .get();
  if (!row) return undefined;
  const { coverAlt, coverFileName, coverWidth, coverHeight, ...rest } = row;
  return {
    ...toSummary(rest),
    seoTitle: null,
    tags: translatedTagsOf(row.id, lang),
    wordCount: countWords(rest.bodyText),
    cover: coverFileName ? { fileName: coverFileName, alt: coverAlt ?? "", width: coverWidth, height: coverHeight } : null,
  };
}

/** The slug of post `postId`'s public translation in `lang`, when it has one (the English page's alternate). */
export function publicTranslationSlug(postId: number, lang: TranslationLang, now = new Date()): string | undefined {
  return db()
    .select({ slug: postTranslations.slug })
    .from(postTranslations)
    .innerJoin(posts, eq(posts.id, postTranslations.postId))
    .where(and(eq(postTranslations.postId, postId), isPublicTranslation(lang, now, "any")))
    .get()?.slug;
}

/** Every public translation's address parts and its original's, for the sitemap. */
export function listPublicTranslationPaths(lang: TranslationLang, now = new Date()): { kind: PostKind; slug: string; originalSlug: string; changedAt: Date }[] {
  return db()
    .select({ kind: posts.kind, slug: postTranslations.slug, originalSlug: posts.slug, updatedAt: postTranslations.updatedAt })
    .from(postTranslations)
    .innerJoin(posts, eq(posts.id, postTranslations.postId))
    .where(isPublicTranslation(lang, now, "any"))
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .all()
    .map(({ updatedAt, ...row }) => ({ ...row, changedAt: updatedAt }));
}

/** The newest public blog posts in `lang` with their bodies (the Spanish feed), as listFeedPosts() gives the English ones. */
export function listFeedTranslations(lang: TranslationLang, limit: number, now = new Date()): FeedPost[] {
  return db()
    .select({ ...summaryColumns, bodyHtml: postTranslations.bodyHtml, updatedAt: postTranslations.updatedAt, coverAlt: posts.coverAlt, coverFileName: media.fileName, coverType: media.mimeType, coverSize: media.byteSize })
    .from(postTranslations)
    .innerJoin(posts, eq(posts.id, postTranslations.postId))
    .innerJoin(users, eq(users.id, posts.createdBy))
    .leftJoin(profiles, eq(profiles.id, posts.bylineProfileId))
    .leftJoin(media, eq(media.id, posts.coverMediaId))
    .where(isPublicTranslation(lang, now, "post"))
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(limit)
    .all()
    .map(({ bodyHtml, updatedAt, coverAlt, coverFileName, coverType, coverSize, ...row }) => ({
      ...toSummary(row),
      bodyHtml,
      contentUpdatedAt: updatedAt,
      cover: coverFileName && coverType && coverSize !== null ? { fileName: coverFileName, alt: coverAlt ?? "", mimeType: coverType, byteSize: coverSize } : null,
    }));
}
