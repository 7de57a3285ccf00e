import Link from "next/link";
import type { PostSummary } from "@/db/posts";
import type { SiteSettings } from "@/lib/site/settings-schema";
import { PhoneLink } from "./phone-link";
import { PostList } from "@/components/blog/post-list";
import { SearchForm } from "@/components/blog/search-form";

/** What a missing page says: a search box, the phone number, the latest posts and the way home. */
export function NotFoundContent({ site, latest, soleAuthorSlug }: { site: SiteSettings; latest: PostSummary[]; soleAuthorSlug: string | undefined }) {
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">We couldn’t find that page</h1>
        <p className="max-w-prose text-lg text-slate-700">The page may have moved, or the address may have a typo. Search the posts, or start from the home page.</p>
        <SearchForm id="not-found-search" />
        {site.phone && (
          <p className="text-lg text-slate-800">
            Need a lawyer now? Call{" "}
            <PhoneLink phone={site.phone} className="font-semibold text-brand-700 underline">
              {site.phone}
            </PhoneLink>
            .
          </p>
        )}
        <ul className="flex flex-wrap gap-x-6 gap-y-2 text-lg">
          <li>
            <Link href="/" className="text-brand-700 underline">
              Go to the home page
            </Link>
          </li>
          <li>
            <Link href="/blog" className="text-brand-700 underline">
              Read the blog
            </Link>
          </li>
          <li>
            <Link href="/contact" className="text-brand-700 underline">
              Contact the office
            </Link>
          </li>
        </ul>
      </section>
      {latest.length > 0 && (
        <section aria-labelledby="not-found-latest">
          <h2 id="not-found-latest" className="mb-4 text-2xl font-semibold text-brand-900">
            Latest posts
          </h2>
          <PostList posts={latest} timeZone={site.timeZone} soleAuthorSlug={soleAuthorSlug} headingLevel="h3" />
        </section>
      )}
    </div>
  );
}
