// The firm's pages the Spanish site links to: those with a public Spanish version, at its
// own slug; the practice areas' list when any practice area has one.
import "server-only";
import { listPublicTranslatedAreas, listPublicTranslationPaths } from "@/db/translations/translations";
import { dictionary } from "@/lib/i18n/dictionary";
import { langPath, type TranslationLang } from "@/lib/i18n/languages";
import { FIRM_PAGE_SLUGS, type SiteLink } from "./site-links";

export function translatedFirmPageLinks(lang: TranslationLang, now = new Date()): SiteLink[] {
  const words = dictionary(lang);
  const labels: Record<(typeof FIRM_PAGE_SLUGS)[number], string> = { about: words.chrome.about, privacy: words.pages.privacy, terms: words.pages.terms, accessibility: words.pages.accessibility };
  const pages = new Map(listPublicTranslationPaths(lang, now).filter((row) => row.kind === "page").map((row) => [row.originalSlug, row.slug]));
  const links: SiteLink[] = FIRM_PAGE_SLUGS.filter((slug) => pages.has(slug)).map((slug) => ({ href: langPath(lang, `/${pages.get(slug)}`), label: labels[slug], page: slug }));
  if (listPublicTranslatedAreas(lang, now).length > 0) links.splice(pages.has("about") ? 1 : 0, 0, { href: langPath(lang, "/practice-areas"), label: words.chrome.practiceAreas });
  return links;
}
