// The firm's own words in a page's language: English from the settings, Spanish from the
// Spanish settings. A Spanish notice the firm has not written is "" and not shown.
import "server-only";
import type { Lang } from "./languages";
import { getIntakeSettings, getSiteSettings, getSpanishSettings } from "@/lib/site/settings";

export type FirmTexts = {
  tagline: string;
  intro: string;
  responsePromise: string;
  afterHoursInstructions: string;
  siteDisclaimer: string;
  /** The default disclaimer under a post, {state} filled in. */
  postDisclaimer: string;
  consentText: string;
  consentVersion: string;
};

export function firmTexts(lang: Lang): FirmTexts {
  const site = getSiteSettings();
  const state = (text: string) => text.replaceAll("{state}", site.state);
  if (lang === "en") {
    const intake = getIntakeSettings();
    return {
      tagline: site.tagline,
      intro: site.intro,
      responsePromise: site.responsePromise,
      afterHoursInstructions: site.afterHoursInstructions,
      siteDisclaimer: site.siteDisclaimer,
      postDisclaimer: state(site.postDisclaimer),
      consentText: intake.intakeConsentText,
      consentVersion: intake.intakeConsentVersion,
    };
  }
  const es = getSpanishSettings();
  return {
    tagline: es.esTagline,
    intro: es.esIntro,
    responsePromise: es.esResponsePromise,
    afterHoursInstructions: es.esAfterHoursInstructions,
    siteDisclaimer: es.esSiteDisclaimer,
    postDisclaimer: state(es.esPostDisclaimer),
    consentText: es.esConsentText,
    consentVersion: es.esConsentVersion,
  };
}
