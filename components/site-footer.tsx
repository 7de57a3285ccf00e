import type { SiteSettings } from "@/lib/settings-schema";
import { PhoneLink } from "./phone-link";

export function SiteFooter({ site }: { site: SiteSettings }) {
  const year = new Intl.DateTimeFormat("en-US", { year: "numeric", timeZone: site.timeZone }).format(new Date());
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
          {site.hours && <p>{site.hours}</p>}
        </div>
        <div className="space-y-3">
          <p>{site.siteDisclaimer}</p>
          <p>
            © {year} {site.firmName}
          </p>
          <p>
            <a href="/feed.xml" className="underline hover:text-brand-700">
              RSS feed of new posts
            </a>
          </p>
        </div>
      </div>
    </footer>
  );
}
