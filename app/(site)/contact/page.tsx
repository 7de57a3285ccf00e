import type { Metadata } from "next";
import { PhoneLink } from "@/components/phone-link";
import { getSiteSettings } from "@/lib/settings";

export const metadata: Metadata = { title: "Contact" };

// The intake form is its own issue; until it lands, this page gives every way to
// reach the office.
export default function ContactPage() {
  const site = getSiteSettings();
  return (
    <div className="max-w-prose space-y-6">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">Contact {site.firmName}</h1>
      <p className="text-lg text-slate-700">
        If you or someone in your family has been arrested or charged, call us. We will listen, explain what happens
        next, and tell you how we can help.
      </p>
      <dl className="space-y-4 text-lg">
        {site.phone && (
          <div>
            <dt className="font-semibold text-brand-900">Phone</dt>
            <dd>
              <PhoneLink phone={site.phone} className="text-brand-700 underline" />
            </dd>
          </div>
        )}
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
          </div>
        )}
        {site.hours && (
          <div>
            <dt className="font-semibold text-brand-900">Hours</dt>
            <dd>{site.hours}</dd>
          </div>
        )}
      </dl>
      <p className="rounded-md bg-slate-50 p-4 text-slate-700">
        Please don’t send confidential details by email before we have agreed to represent you.
      </p>
    </div>
  );
}
