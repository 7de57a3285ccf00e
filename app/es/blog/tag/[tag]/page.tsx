import type { Metadata } from "next";
import { TagPage } from "@/components/blog/tag-page";
import { LanguageSwitch } from "@/components/site/language-switch";
import { MissingPage } from "@/components/site/missing-page";
import { findPublicTranslatedTag } from "@/db/translations/tag-translations";
import { dictionary, fill } from "@/lib/i18n/dictionary";
import { langPath } from "@/lib/i18n/languages";
import { tagPath } from "@/lib/posts/blog-paths";
import { loadTranslatedTagListing } from "@/lib/posts/public-listings";
import { publicPageMetadata } from "@/lib/seo/page-metadata";

// A tag's posts that the firm wrote in Spanish; a tag with none has no page here. Rendered on
// its first visit, then cached like every public page.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/es/blog/tag/[tag]">): Promise<Metadata> {
  const tag = findPublicTranslatedTag("es", (await params).tag);
  const words = dictionary("es");
  if (!tag) return { title: words.notFound.title };
  // The English tag page lists every public post of the tag, so it exists whenever this one does.
  return publicPageMetadata({
    path: langPath("es", tagPath(tag.slug)),
    title: fill(words.tag.title, { tag: tag.name }),
    description: fill(words.tag.description, { tag: tag.name }),
    lang: "es",
    translations: { en: tagPath(tag.slug), es: langPath("es", tagPath(tag.slug)) },
  });
}

export default async function SpanishTagFirstPage({ params }: PageProps<"/es/blog/tag/[tag]">) {
  const listing = loadTranslatedTagListing("es", (await params).tag, 1);
  if (!listing) return <MissingPage lang="es" />;
  return <TagPage listing={listing} lang="es" switchTo={<LanguageSwitch href={tagPath(listing.tag.slug)} lang="en" label={dictionary("es").chrome.otherLanguage} />} />;
}
