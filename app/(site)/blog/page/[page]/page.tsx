import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { BlogPage } from "@/components/blog/blog-page";
import { MissingPage } from "@/components/site/missing-page";
import { blogPagePath } from "@/lib/posts/blog-paths";
import { loadBlogListing } from "@/lib/posts/public-listings";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { parsePageNumber } from "@/lib/http/url-params";

// Rendered on a page's first visit, then cached like every public page.
export function generateStaticParams() {
  return [];
}

// Each page of the blog is its own canonical page (they list different posts); search
// engines index them as a series through their prev/next links.
export async function generateMetadata({ params }: PageProps<"/blog/page/[page]">): Promise<Metadata> {
  const page = parsePageNumber((await params).page);
  if (page === undefined) return { title: "Page not found" };
  return publicPageMetadata({ path: blogPagePath(page), title: `Blog, page ${page}`, description: "Plain-language answers to the questions people ask us most." });
}

export default async function BlogNumberedPage({ params }: PageProps<"/blog/page/[page]">) {
  const page = parsePageNumber((await params).page);
  if (page === undefined) return <MissingPage />;
  if (page === 1) permanentRedirect("/blog");
  const listing = loadBlogListing(page);
  return listing ? <BlogPage listing={listing} /> : <MissingPage />;
}
