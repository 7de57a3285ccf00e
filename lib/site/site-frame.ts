// What the header and footer of a public page show, in its language: loaded here so the
// English and the Spanish root layouts share it (components never call db/).
import "server-only";
import { listPublicPracticeAreas } from "@/db/posts";
import { listListedProfiles } from "@/db/profiles";
import { listPublicTranslatedAreas } from "@/db/translations/translations";
import { dictionary } from "@/lib/i18n/dictionary";
import { firmTexts } from "@/lib/i18n/firm-texts";
import { langPath, type Lang } from "@/lib/i18n/languages";
import { getLogo, getSiteSettings, getVisitSettings, type Logo } from "./settings";
import type { SiteSettings } from "./settings-schema";
import { firmPageLinks, type SiteLink } from "./site-links";
import { translatedFirmPageLinks } from "./translated-site-links";

export type SiteFrameData = {
  lang: Lang;
  site: SiteSettings;
  logo: Logo | null;
  about: boolean;
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
  const about = firmPages.some((page) => page.href === langPath(lang, "/about"));
  // The lawyers: the one lawyer's own page; several are listed on the About page (when it is published).
  const lawyers = listListedProfiles();
  const attorneys =
    lang !== "en" ? undefined : lawyers.length === 1 ? { href: `/attorneys/${lawyers[0]!.slug}`, label: words.attorney } : lawyers.length > 1 && about ? { href: "/about", label: words.attorneys } : undefined;
  const practiceAreas = lang === "en" ? listPublicPracticeAreas().length > 0 : listPublicTranslatedAreas(lang).length > 0;
  return {
    lang,
    site,
    logo: getLogo(),
    about,
    practiceAreas,
    attorneys,
    firmPages,
    disclaimer: firmTexts(lang).siteDisclaimer,
    otherLanguage: lang === "en" ? { href: "/es", label: words.speaksOther, lang: "es" } : { href: "/", label: words.otherLanguageSite, lang: "en" },
    visitCounting: getVisitSettings().visitCounting,
  };
}
