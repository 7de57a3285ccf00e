// Tags in another language: a tag's optional translated name (tag_translations) and the tags
// of the public translations (a tag page in that language lists only those posts). A tag
// without a translated name shows its own, marked as English (`nameLang`).
import "server-only";
import { and, asc, count, eq, max, sql } from "drizzle-orm";
import type { TranslationLang } from "@/lib/i18n/languages";
import { db } from "../client";
import { posts, postTags, postTranslations, tags, tagTranslations } from "../schema";
import { isPublicTranslation } from "./translation-visibility";

/** A tag as a page in `lang` names it: its translated name, else its own in English. */
export type TranslatedTagRef = { name: string; slug: string; nameLang: "en" | TranslationLang };

function nameColumns(lang: TranslationLang) {
  return {
    name: sql<string>`coalesce(${tagTranslations.name}, ${tags.name})`,
    translated: sql<number>`${tagTranslations.name} is not null`.mapWith(Boolean),
    joined: and(eq(tagTranslations.tagId, tags.id), eq(tagTranslations.language, lang)),
  };
}

function toRef<T extends { translated: boolean }>(lang: TranslationLang, { translated, ...row }: T) {
  return { ...row, nameLang: translated ? lang : ("en" as const) };
}

/** Post `postId`'s tags named in `lang`, in the writer's order (a translated post's topics). */
export function translatedTagsOf(postId: number, lang: TranslationLang): TranslatedTagRef[] {
  const { joined, ...columns } = nameColumns(lang);
  return db()
    .select({ slug: tags.slug, ...columns })
    .from(postTags)
    .innerJoin(tags, eq(tags.id, postTags.tagId))
    .leftJoin(tagTranslations, joined)
    .where(eq(postTags.postId, postId))
    .orderBy(asc(postTags.position), asc(tags.name))
    .all()
    .map((row) => toRef(lang, row));
}

export type PublicTranslatedTag = TranslatedTagRef & { id: number; postCount: number; lastPublishedAt: Date };

function publicTags(lang: TranslationLang, now: Date, slug?: string) {
  const { joined, ...columns } = nameColumns(lang);
  return db()
    .select({ id: tags.id, slug: tags.slug, ...columns, postCount: count(), lastPublishedAt: max(posts.publishedAt) })
    .from(tags)
    .innerJoin(postTags, eq(postTags.tagId, tags.id))
    .innerJoin(posts, eq(posts.id, postTags.postId))
    .innerJoin(postTranslations, eq(postTranslations.postId, posts.id))
    .leftJoin(tagTranslations, joined)
    .where(and(isPublicTranslation(lang, now, "post"), slug === undefined ? undefined : eq(tags.slug, slug)))
    .groupBy(tags.id);
}

function toPublic(lang: TranslationLang, row: { translated: boolean; lastPublishedAt: Date | null } & Omit<PublicTranslatedTag, "nameLang" | "lastPublishedAt">): PublicTranslatedTag {
  return { ...toRef(lang, row), lastPublishedAt: row.lastPublishedAt as Date };
}

/** The tag at `slug` when it has public posts in `lang` (its page there lists nothing else), or undefined. */
export function findPublicTranslatedTag(lang: TranslationLang, slug: string, now = new Date()): PublicTranslatedTag | undefined {
  const row = publicTags(lang, now, slug).get();
  return row && toPublic(lang, row);
}

/** Every tag with public posts in `lang`, with how many and the newest one's time (the sitemap). */
export function listPublicTranslatedTags(lang: TranslationLang, now = new Date()): PublicTranslatedTag[] {
  return publicTags(lang, now)
    .orderBy(sql`${tags.slug}`)
    .all()
    .map((row) => toPublic(lang, row));
}

/** Every tag's name in `lang`, by tag id (the admin's tag list). */
export function tagTranslationNames(lang: TranslationLang): Map<number, string> {
  const rows = db().select({ tagId: tagTranslations.tagId, name: tagTranslations.name }).from(tagTranslations).where(eq(tagTranslations.language, lang)).all();
  return new Map(rows.map((row) => [row.tagId, row.name]));
}

/** Sets tag `tagId`'s name in `lang`; an empty name removes it (the tag's own name is shown). False when the tag no longer exists. */
export function setTagTranslation(tagId: number, lang: TranslationLang, name: string): boolean {
  return db().transaction((tx) => {
    if (!tx.select({ id: tags.id }).from(tags).where(eq(tags.id, tagId)).get()) return false;
    if (name === "") {
      tx.delete(tagTranslations).where(and(eq(tagTranslations.tagId, tagId), eq(tagTranslations.language, lang))).run();
    } else {
      tx.insert(tagTranslations).values({ tagId, language: lang, name }).onConflictDoUpdate({ target: [tagTranslations.tagId, tagTranslations.language], set: { name } }).run();
    }
    return true;
  });
}
