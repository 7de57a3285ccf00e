import { NotFoundContent } from "@/components/site/not-found-content";
import { dictionary } from "@/lib/i18n/dictionary";
import { loadLatestPosts } from "@/lib/posts/public-listings";
import { getSiteSettings } from "@/lib/site/settings";

export const metadata = { title: dictionary("es").notFound.title };

// A missing Spanish page, as app/(site)/not-found.tsx is for the English site.
export default function SpanishNotFound() {
  const latest = loadLatestPosts("es");
  return <NotFoundContent site={getSiteSettings()} latest={latest.posts} soleAuthorSlug={latest.soleAuthorSlug} lang="es" />;
}
