// The contact page's content (app/(site)/contact/page.tsx, served from the cache, and
// answer/page.tsx, the answer to a form sent without JavaScript). No token in it: the
// visitor's cookie carries that (lib/inquiries/form-token.ts).
import { InquiryForm } from "@/components/inquiries/inquiry-form";
import { PhoneLink } from "@/components/site/phone-link";
import { calendarDateIn } from "@/lib/dates/format";
import { CONTACT_ANSWER_PATH, CONTACT_TOKEN_PATH } from "@/lib/http/routes.mjs";
import type { InquiryFormState } from "@/lib/inquiries/inquiry-form-state";
import { directionsUrl } from "@/lib/site/directions";
import { describeOpeningHours } from "@/lib/site/opening-hours";
import { getIntakeSettings, getSiteSettings, getVisitSettings } from "@/lib/site/settings";

/** The contact page's content: the cached page and the answer to a form sent without JavaScript show the same. */
export function ContactPageBody({ action }: { action: (state: InquiryFormState, form: FormData) => Promise<InquiryFormState> }) {
  const site = getSiteSettings();
  const intake = getIntakeSettings();
  const hours = describeOpeningHours(site.openingHours);
  return (
    // On a desktop the form keeps a readable width and the firm's details sit beside it.
    <div className="space-y-6 lg:grid lg:grid-cols-[minmax(0,65ch)_18rem] lg:items-start lg:gap-12 lg:space-y-0">
      <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">Contact {site.firmName}</h1>
      <p className="text-lg text-slate-700">
        If you or someone in your family has been arrested or charged, tell us a little about it and we will get back to you.
        {site.phone && (
          <>
            {" "}
            If it is urgent, call us now at <PhoneLink phone={site.phone} className="font-semibold text-brand-700 underline" />.
          </>
        )}{" "}
        We will contact you {site.responsePromise}.
      </p>
      {site.afterHoursInstructions && (
        <section aria-labelledby="after-hours-heading" className="rounded-md border border-slate-300 bg-slate-50 p-4">
          <h2 id="after-hours-heading" className="font-semibold text-brand-900">
            Outside office hours
          </h2>
          <p className="mt-1 whitespace-pre-line text-slate-800">{site.afterHoursInstructions}</p>
        </section>
      )}
      <InquiryForm
        action={action}
        answerPath={CONTACT_ANSWER_PATH}
        tokenPath={CONTACT_TOKEN_PATH}
        counties={intake.intakeCounties}
        matterTypes={intake.intakeMatterTypes}
        today={calendarDateIn(new Date(), site.timeZone)}
        consentText={intake.intakeConsentText}
        phone={site.phone || undefined}
        advertisingStatement={site.siteDisclaimer}
        visitPath={getVisitSettings().visitCounting}
      />
      </div>
      {(site.email || site.address || site.hours || hours.length > 0) && (
        <dl className="space-y-4 border-t border-slate-200 pt-6 lg:sticky lg:top-6 lg:rounded-md lg:border lg:border-slate-300 lg:bg-slate-50 lg:p-5">
          {site.email && (
            <div>
              <dt className="font-semibold text-brand-900">Email</dt>
              <dd>
                <a href={`mailto:${site.email}`} className="text-brand-700 underline">
                  {site.email}
                </a>
              </dd>
            </div>
          )}
          {site.address && (
            <div>
              <dt className="font-semibold text-brand-900">Office</dt>
              <dd className="whitespace-pre-line">{site.address}</dd>
              <dd className="mt-1">
                <a href={directionsUrl(site.address)} className="inline-block py-1 font-medium text-brand-700 underline">
                  Get directions
                </a>
              </dd>
            </div>
          )}
          {(site.hours || hours.length > 0) && (
            <div>
              <dt className="font-semibold text-brand-900">Hours</dt>
              {hours.map((line) => (
                <dd key={line}>{line}</dd>
              ))}
              {site.hours && <dd>{site.hours}</dd>}
            </div>
          )}
        </dl>
      )}
    </div>
  );
}
