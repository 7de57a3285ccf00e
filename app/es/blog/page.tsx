import type { Metadata } from "next";
import { BlogPage } from "@/components/blog/blog-page";
import { MissingPage } from "@/components/site/missing-page";
import { dictionary } from "@/lib/i18n/dictionary";
import { hasUntranslatedPosts, loadTranslatedBlogListing } from "@/lib/posts/public-listings";
import { publicPageMetadata } from "@/lib/seo/page-metadata";

// Only the posts the firm has written in Spanish (a post without a Spanish version is not listed).
export function generateMetadata(): Metadata {
  const words = dictionary("es").blog;
  return publicPageMetadata({ path: "/es/blog", title: words.title, description: words.intro, lang: "es", translations: { en: "/blog", es: "/es/blog" } });
}

export default function SpanishBlogFirstPage() {
  const listing = loadTranslatedBlogListing("es", 1);
  // The posts not written in Spanish are offered as what they are: the English blog, never listed here.
  return listing ? <BlogPage listing={listing} lang="es" otherLanguage={hasUntranslatedPosts("es") ? "en" : undefined} /> : <MissingPage lang="es" />;
}
