import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { MissingPage } from "@/components/site/missing-page";
import { TagPage } from "@/components/blog/tag-page";
import { findPublicTag } from "@/db/tags";
import { dictionary, fill } from "@/lib/i18n/dictionary";
import { tagPath } from "@/lib/posts/blog-paths";
import { loadTagListing } from "@/lib/posts/public-listings";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { parsePageNumber } from "@/lib/http/url-params";

// Rendered on a page's first visit, then cached like every public page.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/blog/tag/[tag]/page/[page]">): Promise<Metadata> {
  const { tag: slug, page: given } = await params;
  const page = parsePageNumber(given);
  // The page redirects an old address; the metadata only describes a tag that is there.
  const tag = page === undefined ? undefined : findPublicTag(slug);
  const words = dictionary("en");
  if (!tag || page === undefined) return { title: words.notFound.title };
  return publicPageMetadata({ path: tagPath(tag.slug, page), title: fill(words.tag.pageTitle, { tag: tag.name, page }), description: fill(words.tag.description, { tag: tag.name }) });
}

export default async function TagNumberedPage({ params }: PageProps<"/blog/tag/[tag]/page/[page]">) {
  const { tag, page: given } = await params;
  const page = parsePageNumber(given);
  if (page === undefined) return <MissingPage />;
  if (page === 1) permanentRedirect(tagPath(tag));
  const listing = loadTagListing(tag, page);
  return listing ? <TagPage listing={listing} /> : <MissingPage />;
}
