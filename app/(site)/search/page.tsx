import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { connection } from "next/server";
import { MarkedText } from "@/components/blog/marked-text";
import { Pagination } from "@/components/blog/pagination";
import { PostSummary } from "@/components/blog/post-summary";
import { SearchForm } from "@/components/blog/search-form";
import { soleListedProfileSlug } from "@/db/profiles";
import { searchListedProfiles, searchPublicPosts } from "@/db/search";
import { pageCount, POSTS_PER_PAGE } from "@/lib/posts/blog-paths";
import { attorneyPath, KIND_NAMES, publicPath } from "@/lib/posts/post-paths";
import { synonymGroups } from "@/lib/posts/search-synonyms";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { SEARCH_INPUT_MAX } from "@/lib/posts/search-input";
import { getSiteSettings } from "@/lib/site/settings";
import { parsePageNumber } from "@/lib/http/url-params";
import { recordSiteSearch } from "@/lib/visits/record-search";

// Results depend on the query: rendered per request, never cached, and kept out of search
// engines' indexes (their links are followed).
export function generateMetadata(): Metadata {
  return publicPageMetadata({ path: "/search", title: "Search", description: "Search the firm's posts, practice areas and attorneys.", noindex: true });
}

/** The query as typed (the first one when the address repeats it), no longer than the box takes. */
function queryOf(value: string | string[] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return (first ?? "").slice(0, SEARCH_INPUT_MAX).trim();
}

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  await connection();
  const params = await searchParams;
  const query = queryOf(params.q);
  // A page number that is not one is page 1: a search never ends in an error page.
  const page = parsePageNumber(params.page) ?? 1;
  const site = getSiteSettings();
  const synonyms = synonymGroups(site.searchSynonyms);
  const found = query ? searchPublicPosts(query, { limit: POSTS_PER_PAGE, offset: (page - 1) * POSTS_PER_PAGE, synonyms }) : undefined;
  // The attorneys' pages, on the first page of results only.
  const lawyers = query && page === 1 ? searchListedProfiles(query, synonyms) : [];
  // The first page of a search is one search (the report's terms; nothing about who asked).
  if (found && found.words.length > 0 && page === 1) recordSiteSearch(query, found.total, await headers());
  const pages = pageCount(found?.total ?? 0);
  const soleAuthorSlug = found && found.results.length > 0 ? soleListedProfileSlug() : undefined;
  const href = (n: number) => `/search?${new URLSearchParams({ q: query, ...(n > 1 ? { page: String(n) } : {}) }).toString()}`;

  return (
    <div className="space-y-8">
      <div className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">Search</h1>
        <SearchForm id="search-page-query" query={query} />
      </div>

      <div aria-live="polite">
        {!found ? (
          <p className="text-lg text-slate-700">Type a word or two about your question: “bond”, “DUI”, “expungement”.</p>
        ) : found.words.length === 0 ? (
          <p className="text-lg text-slate-700">Type a word or two with letters or numbers to search the site.</p>
        ) : found.total === 0 && lawyers.length === 0 ? (
          <div className="space-y-2 text-lg text-slate-700">
            <p>
              Nothing matches <strong className="text-slate-900">{query}</strong>.
            </p>
            <p>
              Try fewer or other words, read{" "}
              <Link href="/blog" className="text-brand-700 underline">
                all posts
              </Link>
              , or{" "}
              <Link href="/contact" className="text-brand-700 underline">
                ask us directly
              </Link>
              .
            </p>
          </div>
        ) : (
          <p className="text-lg text-slate-700">
            {matchesLine(found.total + lawyers.length, found.mode)} <strong className="text-slate-900">{query}</strong>
            {found.mode === "any" && " (none has them all)"}.
          </p>
        )}
      </div>

      {lawyers.length > 0 && (
        <ul className="divide-y divide-slate-200" aria-label="Attorneys">
          {lawyers.map((lawyer) => (
            <li key={lawyer.id} className="py-4 first:pt-0">
              <p className="text-sm font-medium text-slate-600">Attorney</p>
              <h2 className="text-xl font-semibold leading-snug text-brand-900">
                <Link href={attorneyPath(lawyer.slug)} className="hover:underline">
                  {lawyer.displayName}
                </Link>
              </h2>
              {lawyer.title && <p className="text-slate-700">{lawyer.title}</p>}
            </li>
          ))}
        </ul>
      )}

      {found && found.results.length > 0 && (
        <ol className="divide-y divide-slate-200" aria-label="Search results">
          {found.results.map((result) => (
            <li key={`${result.kind}-${result.id}`} className="py-5 first:pt-0">
              {result.kind === "post" ? (
                // A post reads as in every other list (components/blog/post-summary.tsx), its matches marked.
                <PostSummary post={{ ...result, highlight: { title: result.titleMarked, snippet: result.snippetMarked } }} timeZone={site.timeZone} soleAuthorSlug={soleAuthorSlug} />
              ) : (
                <article>
                  <p className="text-sm font-medium capitalize text-slate-600">{KIND_NAMES[result.kind]}</p>
                  <h2 className="text-xl font-semibold leading-snug text-brand-900">
                    <Link href={publicPath(result.kind, result.slug)} className="hover:underline">
                      <MarkedText text={result.titleMarked} />
                    </Link>
                  </h2>
                  <p className="mt-2 text-slate-700">{result.snippetMarked ? <MarkedText text={result.snippetMarked} /> : result.excerpt}</p>
                </article>
              )}
            </li>
          ))}
        </ol>
      )}

      {found && <Pagination page={page} pageCount={pages} href={href} label="Pages of results" previous="Previous results" next="More results" />}
    </div>
  );
}

/** "One result matches", "3 results match", "2 results match some of the words in". */
function matchesLine(total: number, mode: "all" | "any"): string {
  const counted = total === 1 ? "One result" : `${total} results`;
  const verb = total === 1 ? "matches" : "match";
  return `${counted} ${mode === "all" ? verb : `${verb} some of the words in`}`;
}
