import Link from "next/link";
import type { SiteSettings } from "@/lib/site/settings-schema";
import { PhoneLink } from "./phone-link";
import { buttonClass } from "@/components/ui/button";

/** The way to reach the firm, under posts and on the home page. */
export function ContactCall({ site }: { site: SiteSettings }) {
  return (
    <section aria-labelledby="contact-call-heading" className="rounded-lg bg-brand-50 p-6">
      <h2 id="contact-call-heading" className="text-xl font-semibold text-brand-900">
        Talk to a lawyer about your situation
      </h2>
      <p className="mt-2 text-slate-700">
        Every case is different. Tell us what happened and we will explain your options.
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        {site.phone && (
          <PhoneLink phone={site.phone} className={buttonClass()}>
            Call {site.phone}
          </PhoneLink>
        )}
        <Link href="/contact" className={buttonClass({ variant: "secondary" })}>
          Send us a message
        </Link>
      </div>
    </section>
  );
}
