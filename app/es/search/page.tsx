import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Pagination } from "@/components/blog/pagination";
import { PostSummary } from "@/components/blog/post-summary";
import { SearchForm } from "@/components/blog/search-form";
import { soleListedProfileSlug } from "@/db/profiles";
import { searchPublicTranslations } from "@/db/translations/translation-search";
import { dictionary, fill } from "@/lib/i18n/dictionary";
import { parsePageNumber } from "@/lib/http/url-params";
import { pageCount, POSTS_PER_PAGE } from "@/lib/posts/blog-paths";
import { SEARCH_INPUT_MAX } from "@/lib/posts/search-input";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { getSiteSettings } from "@/lib/site/settings";

// Search over the Spanish posts (accents or not: "acusacion" finds "acusación"). Rendered per
// request and kept out of search engines' indexes, as /search is.
export function generateMetadata(): Metadata {
  const words = dictionary("es").search;
  return publicPageMetadata({ path: "/es/search", title: words.title, description: words.description, noindex: true, lang: "es" });
}

export default async function SpanishSearchPage({ searchParams }: PageProps<"/es/search">) {
  await connection();
  const params = await searchParams;
  const first = Array.isArray(params.q) ? params.q[0] : params.q;
  const query = (first ?? "").slice(0, SEARCH_INPUT_MAX).trim();
  const page = parsePageNumber(params.page) ?? 1;
  const site = getSiteSettings();
  const words = dictionary("es").search;
  const found = query ? searchPublicTranslations("es", query, { limit: POSTS_PER_PAGE, offset: (page - 1) * POSTS_PER_PAGE }) : undefined;
  const href = (n: number) => `/es/search?${new URLSearchParams({ q: query, ...(n > 1 ? { page: String(n) } : {}) }).toString()}`;
  return (
    <div className="space-y-8">
      <div className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">{words.title}</h1>
        <SearchForm id="search-page-query" query={query} lang="es" />
      </div>
      <div aria-live="polite">
        {!found || found.words.length === 0 ? (
          <p className="text-lg text-slate-700">{words.prompt}</p>
        ) : found.total === 0 ? (
          <div className="space-y-2 text-lg text-slate-700">
            <p>
              {words.nothing} <strong className="text-slate-900">{query}</strong>.
            </p>
            <p>
              <Link href="/es/blog" className="text-brand-700 underline">
                {words.tryOther}
              </Link>
            </p>
          </div>
        ) : (
          <p className="text-lg text-slate-700">
            {found.total === 1 ? words.one : fill(words.many, { n: found.total })} <strong className="text-slate-900">{query}</strong>
            {found.mode === "any" && ` ${words.some}`}.
          </p>
        )}
      </div>
      {found && found.results.length > 0 && (
        <ol className="divide-y divide-slate-200" aria-label={words.results}>
          {found.results.map((result) => (
            <li key={`${result.kind}-${result.id}`} className="py-5 first:pt-0">
              <PostSummary post={{ ...result, highlight: { title: result.titleMarked, snippet: result.snippetMarked } }} timeZone={site.timeZone} soleAuthorSlug={soleListedProfileSlug()} lang="es" />
            </li>
          ))}
        </ol>
      )}
      {found && found.total > 0 && <Pagination page={page} pageCount={pageCount(found.total)} href={href} label={words.pages} previous={words.previous} next={words.next} position={dictionary("es").blog.pageOf} />}
    </div>
  );
}
