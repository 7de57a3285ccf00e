import Link from "next/link";
import type { SiteSettings } from "@/lib/site/settings-schema";
import { PhoneLink } from "./phone-link";
import { buttonClass } from "@/components/ui/button";
import { dictionary } from "@/lib/i18n/dictionary";
import { langPath, type Lang } from "@/lib/i18n/languages";

/** The way to reach the firm, under posts and on the home page. */
export function ContactCall({ site, lang = "en" }: { site: SiteSettings; lang?: Lang }) {
  const words = dictionary(lang).contactCall;
  return (
    <section aria-labelledby="contact-call-heading" className="rounded-lg bg-brand-50 p-6">
      <h2 id="contact-call-heading" className="text-xl font-semibold text-brand-900">
        {words.heading}
      </h2>
      <p className="mt-2 text-slate-700">
        {words.body}
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        {site.phone && (
          <PhoneLink phone={site.phone} className={buttonClass()}>
            {dictionary(lang).chrome.call} {site.phone}
          </PhoneLink>
        )}
        <Link href={langPath(lang, "/contact")} className={buttonClass({ variant: "secondary" })}>
          {words.sendMessage}
        </Link>
      </div>
    </section>
  );
}
