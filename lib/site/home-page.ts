// What the home page shows in either language, loaded once for app/(site)/page.tsx and
// app/es/page.tsx (components never call db/).
import "server-only";
import { listPublicPosts, listPublicPracticeAreas } from "@/db/posts";
import { soleListedProfileSlug } from "@/db/profiles";
import { listPublicTranslatedAreas, listPublicTranslations } from "@/db/translations/translations";
import { firmTexts } from "@/lib/i18n/firm-texts";
import { LANGUAGES, LOCALES, type Lang } from "@/lib/i18n/languages";
import { firmAddresses, firmAttorneys } from "@/lib/seo/page-metadata";
import { attorneys, jsonLdDocument, legalService } from "@/lib/seo/structured-data";
import { getSiteSettings } from "./settings";

export function loadHomePage(lang: Lang) {
  const site = getSiteSettings();
  const texts = firmTexts(lang);
  const latest = lang === "en" ? listPublicPosts({ limit: 5 }) : listPublicTranslations(lang, { limit: 5 });
  const areas = lang === "en" ? listPublicPracticeAreas() : listPublicTranslatedAreas(lang);
  const at = firmAddresses();
  const people = firmAttorneys(at.origin);
  const firm = legalService(site, at, {
    practiceAreas: areas.map((area) => area.title),
    attorneys: people,
    languages: LANGUAGES.map((each) => LOCALES[each]),
    description: texts.tagline || undefined,
  });
  return {
    lang,
    site,
    texts: { tagline: texts.tagline, intro: texts.intro },
    areas,
    latest,
    soleAuthorSlug: soleListedProfileSlug(),
    structuredData: jsonLdDocument([firm, ...attorneys(people, at)]),
  };
}
