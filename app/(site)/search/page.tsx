import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Pagination } from "@/components/blog/pagination";
import { PostList } from "@/components/blog/post-list";
import { SearchForm } from "@/components/blog/search-form";
import { soleListedProfileSlug } from "@/db/profiles";
import { searchPublicPosts } from "@/db/search";
import { pageCount, POSTS_PER_PAGE } from "@/lib/posts/blog-paths";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { SEARCH_INPUT_MAX } from "@/lib/posts/search-input";
import { getSiteSettings } from "@/lib/site/settings";
import { parsePageNumber } from "@/lib/http/url-params";

// Results depend on the query: rendered per request, never cached, and kept out of search
// engines' indexes (their links are followed).
export function generateMetadata(): Metadata {
  return publicPageMetadata({ path: "/search", title: "Search", description: "Search the firm's posts.", noindex: true });
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
  const found = query ? searchPublicPosts(query, { limit: POSTS_PER_PAGE, offset: (page - 1) * POSTS_PER_PAGE }) : undefined;
  const pages = pageCount(found?.total ?? 0);
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
          <p className="text-lg text-slate-700">Type a word or two with letters or numbers to search the posts.</p>
        ) : found.total === 0 ? (
          <div className="space-y-2 text-lg text-slate-700">
            <p>
              No posts match <strong className="text-slate-900">{query}</strong>.
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
            {found.total === 1 ? "One post" : `${found.total} posts`} {found.mode === "all" ? "match" : "match some of the words in"}{" "}
            <strong className="text-slate-900">{query}</strong>
            {found.mode === "any" && " (none has them all)"}.
          </p>
        )}
      </div>

      {found && found.results.length > 0 && (
        <PostList
          posts={found.results.map((result) => ({ ...result, highlight: { title: result.titleMarked, snippet: result.snippetMarked } }))}
          timeZone={site.timeZone}
          soleAuthorSlug={soleListedProfileSlug()}
          ordered
          label="Search results"
        />
      )}

      {found && <Pagination page={page} pageCount={pages} href={href} label="Pages of results" previous="Previous results" next="More results" />}
    </div>
  );
}
