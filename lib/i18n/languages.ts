// The site's languages and where each one's pages live. Plain (no server imports): the
// paths, the sitemap and the browser's form all read it.

/** English first: its pages keep their addresses; every other language lives under /<lang>. */
export const LANGUAGES = ["en", "es"] as const;
export type Lang = (typeof LANGUAGES)[number];

/** The language a translation is written in (every language but English). */
export type TranslationLang = Exclude<Lang, "en">;

/** The locale for dates, numbers and phone numbers in each language (the firm is in the US). */
export const LOCALES: Record<Lang, string> = { en: "en-US", es: "es-US" };

/** Open Graph's spelling of the same locales. */
export const OG_LOCALES: Record<Lang, string> = { en: "en_US", es: "es_US" };

/** Each language's name in itself, for the switch link (marked with its own `lang`). */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: "English", es: "Español" };

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** `path` (an English address) in `lang`: "/blog" → "/es/blog", "/" → "/es". */
export function langPath(lang: Lang, path: string): string {
  if (lang === "en") return path;
  return path === "/" ? `/${lang}` : `/${lang}${path}`;
}
