import Link from "next/link";
import type { PostSummary } from "@/db/posts";
import type { SiteSettings } from "@/lib/site/settings-schema";
import { PhoneLink } from "./phone-link";
import { PostList } from "@/components/blog/post-list";
import { SearchForm } from "@/components/blog/search-form";
import { dictionary } from "@/lib/i18n/dictionary";
import { langPath, type Lang } from "@/lib/i18n/languages";

/** What a missing page says: a search box, the phone number, the latest posts and the way home. */
export function NotFoundContent({ site, latest, soleAuthorSlug, lang = "en" }: { site: SiteSettings; latest: PostSummary[]; soleAuthorSlug: string | undefined; lang?: Lang }) {
  const words = dictionary(lang).notFound;
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">{words.heading}</h1>
        <p className="max-w-prose text-lg text-slate-700">{words.body}</p>
        <SearchForm id="not-found-search" lang={lang} />
        {site.phone && (
          <p className="text-lg text-slate-800">
            {words.needLawyer}{" "}
            <PhoneLink phone={site.phone} className="font-semibold text-brand-700 underline">
              {site.phone}
            </PhoneLink>
            .
          </p>
        )}
        <ul className="flex flex-wrap gap-x-6 gap-y-2 text-lg">
          <li>
            <Link href={langPath(lang, "/")} className="text-brand-700 underline">
              {words.goHome}
            </Link>
          </li>
          <li>
            <Link href={langPath(lang, "/blog")} className="text-brand-700 underline">
              {words.readBlog}
            </Link>
          </li>
          <li>
            <Link href={langPath(lang, "/contact")} className="text-brand-700 underline">
              {words.contactOffice}
            </Link>
          </li>
        </ul>
      </section>
      {latest.length > 0 && (
        <section aria-labelledby="not-found-latest">
          <h2 id="not-found-latest" className="mb-4 text-2xl font-semibold text-brand-900">
            {words.latest}
          </h2>
          <PostList posts={latest} timeZone={site.timeZone} soleAuthorSlug={soleAuthorSlug} headingLevel="h3" lang={lang} />
        </section>
      )}
    </div>
  );
}
