import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { TagPage } from "@/components/blog/tag-page";
import { MissingPage } from "@/components/site/missing-page";
import { findPublicTranslatedTag } from "@/db/translations/tag-translations";
import { dictionary, fill } from "@/lib/i18n/dictionary";
import { langPath } from "@/lib/i18n/languages";
import { tagPath } from "@/lib/posts/blog-paths";
import { loadTranslatedTagListing } from "@/lib/posts/public-listings";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { parsePageNumber } from "@/lib/http/url-params";

export function generateStaticParams() {
  return [];
}

// Its pages list other posts than the English tag's: no alternates between them, as the blog's pages.
export async function generateMetadata({ params }: PageProps<"/es/blog/tag/[tag]/page/[page]">): Promise<Metadata> {
  const { tag: slug, page: given } = await params;
  const page = parsePageNumber(given);
  const tag = page === undefined ? undefined : findPublicTranslatedTag("es", slug);
  const words = dictionary("es");
  if (!tag || page === undefined) return { title: words.notFound.title };
  return publicPageMetadata({ path: langPath("es", tagPath(tag.slug, page)), title: fill(words.tag.pageTitle, { tag: tag.name, page }), description: fill(words.tag.description, { tag: tag.name }), lang: "es" });
}

export default async function SpanishTagNumberedPage({ params }: PageProps<"/es/blog/tag/[tag]/page/[page]">) {
  const { tag, page: given } = await params;
  const page = parsePageNumber(given);
  if (page === undefined) return <MissingPage lang="es" />;
  if (page === 1) permanentRedirect(langPath("es", tagPath(tag)));
  const listing = loadTranslatedTagListing("es", tag, page);
  return listing ? <TagPage listing={listing} lang="es" /> : <MissingPage lang="es" />;
}
