import type { Metadata } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { InquiryForm } from "@/components/inquiries/inquiry-form";
import { ContactPageView } from "@/components/inquiries/contact-page-view";
import { LanguageSwitch } from "@/components/site/language-switch";
import { dictionary } from "@/lib/i18n/dictionary";
import { firmTexts } from "@/lib/i18n/firm-texts";
import { calendarDateIn } from "@/lib/dates/format";
import { issueFormToken } from "@/lib/inquiries/form-token";
import { describeOpeningHours } from "@/lib/site/opening-hours";
import { getIntakeSettings, getSiteSettings, getVisitSettings } from "@/lib/site/settings";
import { sendInquiry } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  // A POST answered here is the form coming back with problems (WCAG 3.3.1: say so in the title, proxy.ts).
  const answer = (await headers()).get("x-form-answer") === "1";
  return publicPageMetadata({ path: "/contact", title: answer ? "Error: Contact" : "Contact", description: "Tell us what happened and how to reach you. We answer every message.", translations: { en: "/contact", es: "/es/contact" } });
}

export default async function ContactPage() {
  // Rendered for each visitor: the form carries its own signed token.
  await connection();
  const site = getSiteSettings();
  const intake = getIntakeSettings();
  const hours = describeOpeningHours(site.openingHours);
  const texts = firmTexts("en");
  return (
    <ContactPageView
      lang="en"
      site={site}
      texts={texts}
      hours={hours}
      switchTo={<LanguageSwitch href="/es/contact" lang="es" label={dictionary("en").blog.readInOther} />}
      form={
        <InquiryForm
          action={sendInquiry}
          token={issueFormToken()}
          counties={intake.intakeCounties}
          matterTypes={intake.intakeMatterTypes}
          today={calendarDateIn(new Date(), site.timeZone)}
          consentText={intake.intakeConsentText}
          phone={site.phone || undefined}
          advertisingStatement={site.siteDisclaimer}
          visitPath={getVisitSettings().visitCounting}
          words={dictionary("en").form}
        />
      }
    />
  );
}
