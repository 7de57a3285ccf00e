// What the header and footer of a public page show, in its language: loaded here so the
// English and the Spanish root layouts share it (components never call db/).
import "server-only";
import { listPublicPracticeAreas } from "@/db/posts";
import { listListedProfiles } from "@/db/profiles";
import { hasTranslatedProfile } from "@/db/translations/profile-translations";
import { listPublicTranslatedAreas } from "@/db/translations/translations";
import { dictionary } from "@/lib/i18n/dictionary";
import { firmTexts } from "@/lib/i18n/firm-texts";
import { langPath, type Lang } from "@/lib/i18n/languages";
import { attorneyPath } from "@/lib/posts/post-paths";
import { getLogo, getSiteSettings, getVisitSettings, type Logo } from "./settings";
import type { SiteSettings } from "./settings-schema";
import { firmPageLinks, type SiteLink } from "./site-links";
import { translatedFirmPageLinks } from "./translated-site-links";

export type SiteFrameData = {
  lang: Lang;
  site: SiteSettings;
  logo: Logo | null;
  /** The About page in this language, when it is published. */
  aboutHref?: string;
  practiceAreas: boolean;
  attorneys?: { href: string; label: string };
  firmPages: SiteLink[];
  disclaimer: string;
  otherLanguage: { href: string; label: string; lang: Lang };
  visitCounting: boolean;
};

export function loadSiteFrame(lang: Lang): SiteFrameData {
  const site = getSiteSettings();
  const words = dictionary(lang).chrome;
  const firmPages = lang === "en" ? firmPageLinks() : translatedFirmPageLinks(lang);
  const aboutHref = firmPages.find((page) => page.page === "about")?.href;
  // The lawyers: the one lawyer's own page (in Spanish only when the firm wrote the bio in
  // Spanish); several are listed on the About page (when it is published in that language).
  const lawyers = listListedProfiles();
  const sole = lawyers.length === 1 ? lawyers[0]! : undefined;
  const attorneys = sole
    ? lang === "en" || hasTranslatedProfile(lang, sole.slug)
      ? { href: langPath(lang, attorneyPath(sole.slug)), label: words.attorney }
      : undefined
    : lawyers.length > 1 && aboutHref
      ? { href: aboutHref, label: words.attorneys }
      : undefined;
  const practiceAreas = lang === "en" ? listPublicPracticeAreas().length > 0 : listPublicTranslatedAreas(lang).length > 0;
  return {
    lang,
    site,
    logo: getLogo(),
    aboutHref,
    practiceAreas,
    attorneys,
    firmPages,
    disclaimer: firmTexts(lang).siteDisclaimer,
    otherLanguage: lang === "en" ? { href: "/es", label: words.speaksOther, lang: "es" } : { href: "/", label: words.otherLanguageSite, lang: "en" },
    visitCounting: getVisitSettings().visitCounting,
  };
}
