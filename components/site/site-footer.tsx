import Link from "next/link";
import { wallClockParts } from "@/lib/dates/format";
import { describeOpeningHours } from "@/lib/site/opening-hours";
import type { SiteSettings } from "@/lib/site/settings-schema";
import type { SiteLink } from "@/lib/site/site-links";
import { socialLinkName } from "@/lib/site/social-links";
import { PhoneLink } from "./phone-link";
import { dictionary } from "@/lib/i18n/dictionary";
import { langPath, type Lang } from "@/lib/i18n/languages";

// The firm's own pages (lib/site/site-links.ts), linked from every page: the privacy policy above
// all, since the contact form promises privacy.
/** `disclaimer`: the advertising statement in the page's language (none when the firm has not written it in that language). */
export function SiteFooter({ site, firmPages, lang = "en", disclaimer = site.siteDisclaimer }: { site: SiteSettings; firmPages: SiteLink[]; lang?: Lang; disclaimer?: string }) {
  const words = dictionary(lang).chrome;
  const { year } = wallClockParts(new Date(), site.timeZone);
  const hours = describeOpeningHours(site.openingHours, lang);
  return (
    <footer className="mt-auto border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto grid max-w-5xl gap-6 px-4 py-8 sm:grid-cols-2">
        <div className="space-y-1">
          <p className="font-semibold text-slate-900">{site.firmName}</p>
          {site.address && <address className="whitespace-pre-line not-italic">{site.address}</address>}
          {site.phone && (
            <p>
              <PhoneLink phone={site.phone} className="underline hover:text-brand-700" />
            </p>
          )}
          {hours.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {/* The firm's own note about its hours is written once, in English: said so on other pages. */}
          {site.hours && <p lang={lang === "en" ? undefined : "en"}>{site.hours}</p>}
          {site.socialLinks.length > 0 && (
            <ul aria-label={words.elsewhere} className="flex flex-wrap gap-x-4 pt-2">
              {site.socialLinks.map((link) => (
                <li key={link}>
                  <a href={link} rel="me noopener" className="underline hover:text-brand-700">
                    {socialLinkName(link)}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="space-y-3">
          <nav aria-label={words.firmPages}>
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {firmPages.map((page) => (
                <li key={page.href}>
                  <Link href={page.href} className="underline hover:text-brand-700">
                    {page.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {disclaimer && <p>{disclaimer}</p>}
          <p>
            © {year} {site.firmName}
          </p>
          <p>
            <a href={langPath(lang, "/feed.xml")} className="underline hover:text-brand-700">
              {words.feed}
            </a>
          </p>
        </div>
      </div>
    </footer>
  );
}
