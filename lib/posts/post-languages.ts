// Where a post, page or practice area lives in each language it really has: its English
// address and, when the firm wrote one and published it, its Spanish one. The hreflang
// alternates, the sitemap and the language switch all read this.
import "server-only";
import { publicTranslationSlug } from "@/db/translations/translations";
import type { PostKind } from "@/db/schema";
import type { Translations } from "@/lib/i18n/alternates";
import { langPath, type TranslationLang } from "@/lib/i18n/languages";
import { publicPath } from "./post-paths";

/** The path of `kind` `slug` in `lang`: "/es/blog/fianza". */
export function translatedPath(lang: TranslationLang, kind: PostKind, slug: string): string {
  return langPath(lang, publicPath(kind, slug));
}

/** The post's paths by language: English always, Spanish when its translation is public. */
export function postTranslations(postId: number, kind: PostKind, englishSlug: string, now = new Date()): Translations {
  const spanish = publicTranslationSlug(postId, "es", now);
  return { en: publicPath(kind, englishSlug), ...(spanish ? { es: translatedPath("es", kind, spanish) } : {}) };
}
