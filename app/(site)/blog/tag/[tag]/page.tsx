import type { Metadata } from "next";
import { TagPage } from "@/components/blog/tag-page";
import { MissingPage } from "@/components/site/missing-page";
import { findPublicTag } from "@/db/tags";
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
  if (!tag) return { title: "Page not found" };
  return publicPageMetadata({ path: tagPath(tag.slug), title: `Posts about ${tag.name}`, description: `Plain-language posts about ${tag.name}.` });
}

export default async function TagFirstPage({ params }: PageProps<"/blog/tag/[tag]">) {
  const listing = loadTagListing((await params).tag, 1);
  return listing ? <TagPage listing={listing} /> : <MissingPage />;
}
