// The admin's side of the translations: which posts have one (and whether it follows the
// English as it is now), the translation editor's load and save.
import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { TranslationLang } from "@/lib/i18n/languages";
import { htmlText } from "@/lib/posts/html-text";
import { db } from "../client";
import { posts, postTranslations } from "../schema";

/** A translation as the admin sees it; `needsUpdate`: the English content changed after it was last saved. */
export type TranslationState = { status: "draft" | "published"; needsUpdate: boolean; slug: string };

function needsUpdate(contentUpdatedAt: Date | null, savedAt: Date): boolean {
  return contentUpdatedAt !== null && contentUpdatedAt.getTime() > savedAt.getTime();
}

/** Every post's translation in `lang`, by the post's id (the posts list's marks). */
export function translationStates(lang: TranslationLang): Map<number, TranslationState> {
  const rows = db()
    .select({ postId: postTranslations.postId, status: postTranslations.status, slug: postTranslations.slug, updatedAt: postTranslations.updatedAt, contentUpdatedAt: posts.contentUpdatedAt })
    .from(postTranslations)
    .innerJoin(posts, eq(posts.id, postTranslations.postId))
    .where(eq(postTranslations.language, lang))
    .all();
  return new Map(rows.map((row) => [row.postId, { status: row.status, slug: row.slug, needsUpdate: needsUpdate(row.contentUpdatedAt, row.updatedAt) }]));
}

export type TranslationDraft = { slug: string; title: string; excerpt: string; bodyHtml: string; seoDescription: string | null; status: "draft" | "published" };

/** A translation's own fields, as the editor writes them (TranslationDraft), to select. */
export const translationDraftColumns = {
  slug: postTranslations.slug,
  title: postTranslations.title,
  excerpt: postTranslations.excerpt,
  bodyHtml: postTranslations.bodyHtml,
  seoDescription: postTranslations.seoDescription,
  status: postTranslations.status,
};

/** Post `postId`'s translation in `lang` for the editor, with whether it needs an update. */
export function loadTranslation(postId: number, lang: TranslationLang): (TranslationDraft & { needsUpdate: boolean; updatedAt: Date }) | undefined {
  const row = db()
    .select({
      ...translationDraftColumns,
      updatedAt: postTranslations.updatedAt,
      contentUpdatedAt: posts.contentUpdatedAt,
    })
    .from(postTranslations)
    .innerJoin(posts, eq(posts.id, postTranslations.postId))
    .where(and(eq(postTranslations.postId, postId), eq(postTranslations.language, lang)))
    .get();
  if (!row) return undefined;
  const { contentUpdatedAt, ...rest } = row;
  return { ...rest, needsUpdate: needsUpdate(contentUpdatedAt, row.updatedAt) };
}

/** Whether another post's translation in `lang` already has `slug`. */
export function translationSlugTaken(lang: TranslationLang, slug: string, postId: number): boolean {
  return (
    db()
      .select({ id: postTranslations.id })
      .from(postTranslations)
      .where(and(eq(postTranslations.language, lang), eq(postTranslations.slug, slug), ne(postTranslations.postId, postId)))
      .get() !== undefined
  );
}

/** Writes post `postId`'s translation in `lang` (the HTML already sanitized); saving marks it as following the English as it is now. */
export function saveTranslation(postId: number, lang: TranslationLang, draft: TranslationDraft, now = new Date()): void {
  const values = { ...draft, bodyText: htmlText(draft.bodyHtml), updatedAt: now };
  db()
    .insert(postTranslations)
    .values({ postId, language: lang, ...values })
    .onConflictDoUpdate({ target: [postTranslations.postId, postTranslations.language], set: values })
    .run();
}

/** Removes post `postId`'s translation in `lang`. */
export function deleteTranslation(postId: number, lang: TranslationLang): void {
  db().delete(postTranslations).where(and(eq(postTranslations.postId, postId), eq(postTranslations.language, lang))).run();
}
