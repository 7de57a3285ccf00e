// The hreflang alternates of a page that exists in more than one language: only between
// real translations of each other (a page in one language has none), and x-default the
// English page, which every translation has. Plain (no server imports).
import type { Lang } from "./languages";

/** A page's path in each language it exists in (English always, for a translation). */
export type Translations = Partial<Record<Lang, string>>;

/** `{ en: url, es: url, "x-default": url }`, or none when the page has no translation. */
export function hreflangAlternates(translations: Translations, origin: string): Record<string, string> | undefined {
  const entries = Object.entries(translations).filter((entry): entry is [Lang, string] => typeof entry[1] === "string");
  if (entries.length < 2 || !translations.en) return undefined;
  return { ...Object.fromEntries(entries.map(([lang, path]) => [lang, `${origin}${path}`])), "x-default": `${origin}${translations.en}` };
}
