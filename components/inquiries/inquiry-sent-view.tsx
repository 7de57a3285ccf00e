import Link from "next/link";
import { PhoneLink } from "@/components/site/phone-link";
import { dictionary, fill } from "@/lib/i18n/dictionary";
import { langPath, type Lang } from "@/lib/i18n/languages";
import type { SiteSettings } from "@/lib/site/settings-schema";

/** The confirmation after the form, in its language: the reference, what happens next, the phone for urgent matters. */
export function InquirySentView({ lang, site, reference, lawyerName, responsePromise }: { lang: Lang; site: SiteSettings; reference?: string; lawyerName?: string; responsePromise: string }) {
  const words = dictionary(lang).sent;
  // A single-lawyer firm names its lawyer; with several, "someone" is the honest promise.
  const reader = lawyerName ? fill(words.readerOne, { name: lawyerName }) : words.readerMany;
  return (
    <div className="max-w-prose space-y-6">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">{words.heading}</h1>
      {reference && (
        <p className="rounded-lg bg-brand-50 p-4 text-lg">
          {words.reference} <strong className="whitespace-nowrap font-mono text-xl tracking-wider text-brand-900">{reference}</strong>. {words.mentionIt}
        </p>
      )}
      <section aria-labelledby="next-heading" className="space-y-3">
        <h2 id="next-heading" className="text-xl font-semibold text-brand-900">
          {words.nextHeading}
        </h2>
        <ul className="list-disc space-y-2 pl-6 text-slate-700">
          <li>{fill(words.reads, { reader, promise: responsePromise })}</li>
          <li>{words.noConfidential}</li>
          {site.phone && (
            <li>
              {words.urgentCall} <PhoneLink phone={site.phone} className="font-semibold text-brand-700 underline" />.
            </li>
          )}
        </ul>
      </section>
      <p>
        <Link href={langPath(lang, "/")} className="inline-block py-2.5 text-brand-700 underline">
          {words.backHome}
        </Link>
      </p>
    </div>
  );
}
