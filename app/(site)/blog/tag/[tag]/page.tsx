import type { Metadata } from "next";
import { loadTag, TagPage } from "@/components/tag-page";
import { tagPath } from "@/lib/blog-paths";
import { publicPageMetadata } from "@/lib/page-metadata";

// Rendered on a tag's first visit, then cached like every public page.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/blog/tag/[tag]">): Promise<Metadata> {
  const tag = loadTag((await params).tag, 1);
  if (!tag) return { title: "Page not found" };
  return publicPageMetadata({ path: tagPath(tag.slug), title: `Posts about ${tag.name}`, description: `Plain-language posts about ${tag.name}.` });
}

export default async function TagFirstPage({ params }: PageProps<"/blog/tag/[tag]">) {
  return <TagPage slug={(await params).tag} page={1} />;
}
