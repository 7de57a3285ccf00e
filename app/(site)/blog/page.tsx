import type { Metadata } from "next";
import { BlogPage } from "@/components/blog/blog-page";
import { MissingPage } from "@/components/site/missing-page";
import { loadBlogListing } from "@/lib/posts/public-listings";
import { publicPageMetadata } from "@/lib/seo/page-metadata";

export function generateMetadata(): Metadata {
  return publicPageMetadata({ path: "/blog", title: "Blog", description: "Plain-language answers to the questions people ask us most." });
}

export default function BlogFirstPage() {
  const listing = loadBlogListing(1);
  return listing ? <BlogPage listing={listing} /> : <MissingPage />;
}
