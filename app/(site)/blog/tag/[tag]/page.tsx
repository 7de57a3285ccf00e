import type { Metadata } from "next";
import { TagPage } from "@/components/blog/tag-page";
import { LanguageSwitch } from "@/components/site/language-switch";
import { MissingPage } from "@/components/site/missing-page";
import { findPublicTag } from "@/db/tags";
import { findPublicTranslatedTag } from "@/db/translations/tag-translations";
import { dictionary, fill } from "@/lib/i18n/dictionary";
import { langPath } from "@/lib/i18n/languages";
import { tagPath } from "@/lib/posts/blog-paths";
import { loadTagListing } from "@/lib/posts/public-listings";
import { publicPageMetadata } from "@/lib/seo/page-metadata";

// Rendered on a tag's first visit, then cached like every public page.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/blog/tag/[tag]">): Promise<Metadata> {
  // The page redirects an old address; the metadata only describes a tag that is there.
  const tag = findPublicTag((await params).tag);
  const words = dictionary("en");
  if (!tag) return { title: words.notFound.title };
  // A Spanish page when some of the tag's posts are in Spanish (its first pages pair up; the later ones list other posts).
  const spanish = findPublicTranslatedTag("es", tag.slug) ? { translations: { en: tagPath(tag.slug), es: langPath("es", tagPath(tag.slug)) } } : {};
  return publicPageMetadata({ path: tagPath(tag.slug), title: fill(words.tag.title, { tag: tag.name }), description: fill(words.tag.description, { tag: tag.name }), ...spanish });
}

export default async function TagFirstPage({ params }: PageProps<"/blog/tag/[tag]">) {
  const listing = loadTagListing((await params).tag, 1);
  if (!listing) return <MissingPage />;
  const spanish = findPublicTranslatedTag("es", listing.tag.slug) && langPath("es", tagPath(listing.tag.slug));
  return <TagPage listing={listing} switchTo={spanish && <LanguageSwitch href={spanish} lang="es" label={dictionary("en").chrome.otherLanguage} />} />;
}
