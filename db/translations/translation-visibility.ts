import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { TranslationLang } from "@/lib/i18n/languages";
import { isPublic } from "../post-visibility";
import { postTranslations, profiles, profileTranslations, type PostKind } from "../schema";

// The one definition of a public translation: its own status is "published" and its English
// original is public (isPublic()). Every query over post_translations joined to posts uses
// it. Its own module so that translations.ts and tag-translations.ts share it without
// importing each other.
export function isPublicTranslation(lang: TranslationLang, now: Date, kind: PostKind | "any") {
  return and(eq(postTranslations.language, lang), eq(postTranslations.status, "published"), isPublic(now, kind));
}

/**
 * Whether a translation's author has a page in the translation's language (a listed profile
 * with a bio in it): where a Spanish byline leads. For queries that join post_translations
 * and profiles, as bylineColumns does users and profiles.
 */
export const authorTranslatedColumn = {
  authorTranslated: sql<number>`coalesce(${profiles.listed}, 0) and exists (select 1 from ${profileTranslations} where ${profileTranslations.profileId} = ${profiles.id} and ${profileTranslations.language} = ${postTranslations.language})`.mapWith(Boolean),
};
