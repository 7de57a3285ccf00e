import { PhoneLink } from "@/components/site/phone-link";
import { dictionary, fill } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/languages";
import { directionsUrl } from "@/lib/site/directions";
import type { SiteSettings } from "@/lib/site/settings-schema";

/**
 * The contact page in either language around its form (`form`, built by contact-page.tsx):
 * what to expect, the after-hours note, and the firm's email, office and hours.
 */
export function ContactPageView({
  lang,
  site,
  texts,
  hours,
  form,
  switchTo,
}: {
  lang: Lang;
  site: SiteSettings;
  /** The firm's words in this language (firmTexts()). */
  texts: { responsePromise: string; afterHoursInstructions: string };
  /** The opening hours as lines (describeOpeningHours()). */
  hours: string[];
  form: React.ReactNode;
  switchTo?: React.ReactNode;
}) {
  const words = dictionary(lang).contact;
  return (
    // On a desktop the form keeps a readable width and the firm's details sit beside it.
    <div className="space-y-6 lg:grid lg:grid-cols-[minmax(0,65ch)_18rem] lg:items-start lg:gap-12 lg:space-y-0">
      <div className="space-y-6">
        {switchTo}
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">{fill(words.heading, { firm: site.firmName })}</h1>
        <p className="text-lg text-slate-700">
          {words.intro}
          {site.phone && (
            <>
              {" "}
              {words.urgent} <PhoneLink phone={site.phone} className="font-semibold text-brand-700 underline" />.
            </>
          )}
          {texts.responsePromise && <> {fill(words.promise, { promise: texts.responsePromise })}</>}
        </p>
        {texts.afterHoursInstructions && (
          <section aria-labelledby="after-hours-heading" className="rounded-md border border-slate-300 bg-slate-50 p-4">
            <h2 id="after-hours-heading" className="font-semibold text-brand-900">
              {words.outsideHours}
            </h2>
            <p className="mt-1 whitespace-pre-line text-slate-800">{texts.afterHoursInstructions}</p>
          </section>
        )}
        {form}
      </div>
      {(site.email || site.address || site.hours || hours.length > 0) && (
        <dl className="space-y-4 border-t border-slate-200 pt-6 lg:sticky lg:top-6 lg:rounded-md lg:border lg:border-slate-300 lg:bg-slate-50 lg:p-5">
          {site.email && (
            <div>
              <dt className="font-semibold text-brand-900">{words.email}</dt>
              <dd>
                <a href={`mailto:${site.email}`} className="text-brand-700 underline">
                  {site.email}
                </a>
              </dd>
            </div>
          )}
          {site.address && (
            <div>
              <dt className="font-semibold text-brand-900">{words.office}</dt>
              <dd className="whitespace-pre-line">{site.address}</dd>
              <dd className="mt-1">
                <a href={directionsUrl(site.address)} className="inline-block py-1 font-medium text-brand-700 underline">
                  {words.directions}
                </a>
              </dd>
            </div>
          )}
          {(site.hours || hours.length > 0) && (
            <div>
              <dt className="font-semibold text-brand-900">{words.hours}</dt>
              {hours.map((line) => (
                <dd key={line}>{line}</dd>
              ))}
              {/* Written by the firm in English only (no Spanish setting for it): said so on other pages. */}
              {site.hours && <dd lang={lang === "en" ? undefined : "en"}>{site.hours}</dd>}
            </div>
          )}
        </dl>
      )}
    </div>
  );
}
