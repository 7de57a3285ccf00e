import Link from "next/link";
import { ContactCall } from "@/components/site/contact-call";
import { JsonLd } from "@/components/site/json-ld";
import { PhoneLink } from "@/components/site/phone-link";
import { PostList } from "@/components/blog/post-list";
import { PracticeAreaLinks } from "@/components/site/practice-area-links";
import { buttonClass } from "@/components/ui/button";
import type { PostSummary } from "@/db/posts";
import { dictionary } from "@/lib/i18n/dictionary";
import { langPath, type Lang } from "@/lib/i18n/languages";
import type { SiteSettings } from "@/lib/site/settings-schema";

/** The home page in either language: the firm, what it handles, the latest posts, the way to reach it. */
export function HomeView({
  lang,
  site,
  texts,
  areas,
  latest,
  soleAuthorSlug,
  structuredData,
  switchTo,
}: {
  lang: Lang;
  site: SiteSettings;
  /** The firm's own words in this language (firmTexts()). */
  texts: { tagline: string; intro: string };
  areas: { id: number; slug: string; title: string; excerpt: string }[];
  latest: PostSummary[];
  soleAuthorSlug: string | undefined;
  structuredData: object;
  /** The language switch, above the firm's name. */
  switchTo?: React.ReactNode;
}) {
  const words = dictionary(lang);
  return (
    <div className="space-y-12">
      <JsonLd data={structuredData} />
      <section aria-labelledby="firm-heading" className="space-y-4">
        {switchTo}
        <h1 id="firm-heading" className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">
          {site.firmName}
        </h1>
        {texts.tagline && <p className="text-lg font-medium text-accent-600">{texts.tagline}</p>}
        {texts.intro && <p className="max-w-prose text-lg leading-relaxed text-slate-700">{texts.intro}</p>}
        <div className="flex flex-wrap gap-3 pt-2">
          {site.phone && (
            <PhoneLink phone={site.phone} className={buttonClass({ size: "lg" })}>
              {words.chrome.call} {site.phone}
            </PhoneLink>
          )}
          <Link href={langPath(lang, "/contact")} className={buttonClass({ variant: "secondary", size: "lg" })}>
            {words.home.contactUs}
          </Link>
        </div>
      </section>

      {areas.length > 0 ? (
        <section aria-labelledby="areas-heading">
          <h2 id="areas-heading" className="text-2xl font-semibold text-brand-900">
            {words.home.whatWeHandle}
          </h2>
          <div className="mt-4">
            <PracticeAreaLinks areas={areas} lang={lang} />
          </div>
        </section>
      ) : (
        // Until there are practice-area pages: the plain list from the settings (English words only).
        lang === "en" &&
        site.practiceAreas.length > 0 && (
          <section aria-labelledby="areas-heading">
            <h2 id="areas-heading" className="text-2xl font-semibold text-brand-900">
              {words.home.whatWeHandle}
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
            {words.home.latest}
          </h2>
          <Link href={langPath(lang, "/blog")} className="text-brand-700 underline">
            {words.home.allPosts}
          </Link>
        </div>
        <div className="mt-4">
          {latest.length > 0 ? (
            <PostList posts={latest} timeZone={site.timeZone} soleAuthorSlug={soleAuthorSlug} headingLevel="h3" lang={lang} />
          ) : (
            <p className="text-slate-700">{words.home.noPosts}</p>
          )}
        </div>
      </section>

      <ContactCall site={site} lang={lang} />
    </div>
  );
}
