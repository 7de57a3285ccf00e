// The first step of every public page of a translation (/es/blog/[slug], /es/[slug],
// /es/practice-areas/[slug]): one lookup per render shared by the page and its <head>, as
// public-post-page.ts does for the English ones. A slug with no public translation is a 404.
import "server-only";
import type { Metadata } from "next";
import { cache } from "react";
import { findPublicTranslation, type TranslatedPost } from "@/db/translations/translations";
import type { PostKind } from "@/db/schema";
import { dictionary } from "@/lib/i18n/dictionary";
import type { TranslationLang } from "@/lib/i18n/languages";
import { publicPageMetadata, type PageDescription } from "@/lib/seo/page-metadata";
import { publicPath } from "./post-paths";
import { translatedPath } from "./post-languages";

export const loadTranslatedPost = cache((lang: TranslationLang, slug: string, kind: PostKind): TranslatedPost | undefined => findPublicTranslation(lang, slug, kind));

/** Both addresses of a translation: its own and its English original's. */
export function translationPaths(lang: TranslationLang, post: TranslatedPost): { en: string } & Partial<Record<TranslationLang, string>> {
  return { en: publicPath(post.kind, post.originalSlug), [lang]: translatedPath(lang, post.kind, post.slug) };
}

export function translatedPostMetadata(lang: TranslationLang, slug: string, kind: PostKind, more: (post: TranslatedPost) => Partial<PageDescription> = () => ({})): Metadata {
  const post = loadTranslatedPost(lang, slug, kind);
  if (!post) return { title: dictionary(lang).notFound.title };
  return publicPageMetadata({
    path: translatedPath(lang, kind, post.slug),
    title: post.title,
    description: post.seoDescription || post.excerpt || undefined,
    lang,
    translations: translationPaths(lang, post),
    ...more(post),
  });
}
