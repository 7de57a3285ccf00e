import type { Metadata } from "next";
import Link from "next/link";
import { ContactCall } from "@/components/site/contact-call";
import { JsonLd } from "@/components/site/json-ld";
import { PhoneLink } from "@/components/site/phone-link";
import { PostList } from "@/components/blog/post-list";
import { PracticeAreaLinks } from "@/components/site/practice-area-links";
import { listPublicPosts, listPublicPracticeAreas } from "@/db/posts";
import { soleListedProfileSlug } from "@/db/profiles";
import { firmAddresses, firmAttorneys, publicPageMetadata } from "@/lib/seo/page-metadata";
import { getSiteSettings } from "@/lib/site/settings";
import { attorneys, jsonLdDocument, legalService } from "@/lib/seo/structured-data";
import { buttonClass } from "@/components/ui/button";

export function generateMetadata(): Metadata {
  const site = getSiteSettings();
  return publicPageMetadata({ path: "/", description: site.intro || site.tagline });
}

export default function HomePage() {
  const site = getSiteSettings();
  const latest = listPublicPosts({ limit: 5 });
  const areas = listPublicPracticeAreas();
  const at = firmAddresses();
  const people = firmAttorneys(at.origin);
  return (
    <div className="space-y-12">
      <JsonLd data={jsonLdDocument([legalService(site, at, { practiceAreas: areas.map((area) => area.title), attorneys: people }), ...attorneys(people, at)])} />
      <section aria-labelledby="firm-heading" className="space-y-4">
        <h1 id="firm-heading" className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">
          {site.firmName}
        </h1>
        {site.tagline && <p className="text-lg font-medium text-accent-600">{site.tagline}</p>}
        {site.intro && <p className="max-w-prose text-lg leading-relaxed text-slate-700">{site.intro}</p>}
        <div className="flex flex-wrap gap-3 pt-2">
          {site.phone && (
            <PhoneLink phone={site.phone} className={buttonClass({ size: "lg" })}>
              Call {site.phone}
            </PhoneLink>
          )}
          <Link href="/contact" className={buttonClass({ variant: "secondary", size: "lg" })}>
            Contact us
          </Link>
        </div>
      </section>

      {areas.length > 0 ? (
        <section aria-labelledby="areas-heading">
          <h2 id="areas-heading" className="text-2xl font-semibold text-brand-900">
            What we handle
          </h2>
          <div className="mt-4">
            <PracticeAreaLinks areas={areas} />
          </div>
        </section>
      ) : (
        // Until there are practice-area pages: the plain list from the settings.
        site.practiceAreas.length > 0 && (
        <section aria-labelledby="areas-heading">
          <h2 id="areas-heading" className="text-2xl font-semibold text-brand-900">
            What we handle
          </h2>
          <ul className="mt-4 grid gap-2 sm:grid-cols-2">
            {site.practiceAreas.map((area) => (
              <li key={area} className="rounded-md border border-slate-200 px-4 py-3 text-slate-800">
                {area}
              </li>
            ))}
          </ul>
        </section>
        )
      )}

      <section aria-labelledby="latest-heading">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="latest-heading" className="text-2xl font-semibold text-brand-900">
            Latest answers
          </h2>
          <Link href="/blog" className="text-brand-700 underline">
            All posts
          </Link>
        </div>
        <div className="mt-4">
          {latest.length > 0 ? (
            <PostList posts={latest} timeZone={site.timeZone} soleAuthorSlug={soleListedProfileSlug()} headingLevel="h3" />
          ) : (
            <p className="text-slate-700">No posts yet.</p>
          )}
        </div>
      </section>

      <ContactCall site={site} />
    </div>
  );
}
