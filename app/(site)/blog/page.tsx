import type { Metadata } from "next";
import { BlogPage } from "@/components/blog/blog-page";
import { publicPageMetadata } from "@/lib/seo/page-metadata";

export function generateMetadata(): Metadata {
  return publicPageMetadata({ path: "/blog", title: "Blog", description: "Plain-language answers to the questions people ask us most." });
}

export default function BlogFirstPage() {
  return <BlogPage page={1} />;
}
