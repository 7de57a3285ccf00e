import { notFound } from "next/navigation";
import { Suspense } from "react";
import { loadLatestPosts } from "@/lib/posts/public-listings";
import { getSiteSettings } from "@/lib/site/settings";
import { NotFoundContent } from "./not-found-content";
import type { Lang } from "@/lib/i18n/languages";

// Next 16 renders a page that calls notFound() as an empty HTML shell and leaves the
// not-found page to the browser's JavaScript: without JavaScript a visitor saw a blank
// page. So a missing post, tag or page of the blog renders the not-found content itself,
// inside the site's layout (header and footer once), and calls notFound() from inside a
// Suspense boundary: the cached render keeps everything outside the boundary and still
// answers 404 (see "HTTP access fallback ... inside a Suspense boundary" in Next's
// app-render). With JavaScript, the browser swaps in app/(site)/not-found.tsx, the same content.
async function NotFoundStatus(): Promise<never> {
  notFound();
}

/** The 404 page of a missing post, tag or page of the blog, answered with status 404. */
export function MissingPage({ lang = "en" }: { lang?: Lang }) {
  const latest = loadLatestPosts(lang);
  return (
    <>
      <NotFoundContent site={getSiteSettings()} latest={latest.posts} soleAuthorSlug={latest.soleAuthorSlug} lang={lang} />
      <Suspense fallback={null}>
        <NotFoundStatus />
      </Suspense>
    </>
  );
}
