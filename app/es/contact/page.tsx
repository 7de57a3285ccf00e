import type { Metadata } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import { ContactPageView } from "@/components/inquiries/contact-page-view";
import { InquiryForm } from "@/components/inquiries/inquiry-form";
import { LanguageSwitch } from "@/components/site/language-switch";
import { listPublicTranslationPaths } from "@/db/translations";
import { calendarDateIn } from "@/lib/dates/format";
import { dictionary } from "@/lib/i18n/dictionary";
import { firmTexts } from "@/lib/i18n/firm-texts";
import { issueFormToken } from "@/lib/inquiries/form-token";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { describeOpeningHours } from "@/lib/site/opening-hours";
import { getIntakeSettings, getSiteSettings, getVisitSettings } from "@/lib/site/settings";
import { sendSpanishInquiry } from "./actions";

// The contact form in Spanish: the English page's parts (app/(site)/contact/page.tsx) with
// the Spanish words, notice and action. Rendered per request, as the English one is.
export async function generateMetadata(): Promise<Metadata> {
  const answer = (await headers()).get("x-form-answer") === "1";
  const words = dictionary("es").contact;
  return publicPageMetadata({ path: "/es/contact", title: answer ? words.errorTitle : words.title, description: words.description, lang: "es", translations: { en: "/contact", es: "/es/contact" } });
}

export default async function SpanishContactPage() {
  await connection();
  const site = getSiteSettings();
  const intake = getIntakeSettings();
  const texts = firmTexts("es");
  const words = dictionary("es");
  const privacy = listPublicTranslationPaths("es").find((row) => row.kind === "page" && row.originalSlug === "privacy");
  return (
    <ContactPageView
      lang="es"
      site={site}
      texts={texts}
      hours={describeOpeningHours(site.openingHours)}
      switchTo={<LanguageSwitch href="/contact" lang="en" label={words.blog.readInOther} />}
      form={
        // No Spanish notice written yet: there is nothing the person could agree to in Spanish.
        texts.consentText ? (
          <InquiryForm
            action={sendSpanishInquiry}
            token={issueFormToken()}
            counties={intake.intakeCounties}
            matterTypes={intake.intakeMatterTypes}
            today={calendarDateIn(new Date(), site.timeZone)}
            consentText={texts.consentText}
            phone={site.phone || undefined}
            advertisingStatement={texts.siteDisclaimer || undefined}
            visitPath={getVisitSettings().visitCounting}
            words={words.form}
            lang="es"
            privacyHref={privacy ? `/es/${privacy.slug}` : "/privacy"}
          />
        ) : (
          <p className="rounded-md border border-slate-300 bg-slate-50 p-4 text-lg">{words.contact.unavailable}</p>
        )
      }
    />
  );
}
