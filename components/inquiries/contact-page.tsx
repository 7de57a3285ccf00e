// A contact page in either language, whole: the page around the form (ContactPageView) and
// the form with the firm's notice in that language. Four routes show it: /contact and
// /es/contact, served from the cache, and their /answer pages, the answer to a form sent
// without JavaScript. No token in it: the visitor's cookie carries that (lib/inquiries/form-token.ts).
import { ContactPageView } from "@/components/inquiries/contact-page-view";
import { InquiryForm } from "@/components/inquiries/inquiry-form";
import { LanguageSwitch } from "@/components/site/language-switch";
import { calendarDateIn } from "@/lib/dates/format";
import { contactAnswerPath, contactTokenPath, CONTACT_PAGES } from "@/lib/http/routes.mjs";
import { dictionary } from "@/lib/i18n/dictionary";
import { firmTexts } from "@/lib/i18n/firm-texts";
import type { Lang } from "@/lib/i18n/languages";
import type { InquiryFormState } from "@/lib/inquiries/inquiry-form-state";
import { describeOpeningHours } from "@/lib/site/opening-hours";
import { getIntakeSettings, getSiteSettings, getVisitSettings } from "@/lib/site/settings";

export function ContactPage({
  lang,
  action,
  privacyHref,
}: {
  lang: Lang;
  action: (state: InquiryFormState, form: FormData) => Promise<InquiryFormState>;
  /** The privacy policy in this language (the page looks it up), else the English one. */
  privacyHref?: string;
}) {
  const site = getSiteSettings();
  const intake = getIntakeSettings();
  const texts = firmTexts(lang);
  const words = dictionary(lang);
  const page = CONTACT_PAGES[lang];
  const other: Lang = lang === "en" ? "es" : "en";
  return (
    <ContactPageView
      lang={lang}
      site={site}
      texts={texts}
      hours={describeOpeningHours(site.openingHours, lang)}
      switchTo={<LanguageSwitch href={CONTACT_PAGES[other]} lang={other} label={words.blog.readInOther} />}
      form={
        // No notice written in this language (the Spanish one): nothing the person could agree to.
        texts.consentText ? (
          <InquiryForm
            action={action}
            answerPath={contactAnswerPath(page)}
            tokenPath={contactTokenPath(page)}
            counties={intake.intakeCounties}
            matterTypes={intake.intakeMatterTypes}
            today={calendarDateIn(new Date(), site.timeZone)}
            consentText={texts.consentText}
            phone={site.phone || undefined}
            advertisingStatement={texts.siteDisclaimer || undefined}
            visitPath={getVisitSettings().visitCounting}
            words={words.form}
            lang={lang}
            privacyHref={privacyHref}
          />
        ) : (
          <p className="rounded-md border border-slate-300 bg-slate-50 p-4 text-lg">{words.contact.unavailable}</p>
        )
      }
    />
  );
}
