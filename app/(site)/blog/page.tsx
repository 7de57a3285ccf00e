import type { Metadata } from "next";
import { BlogPage } from "@/components/blog-page";

export const metadata: Metadata = { title: "Blog" };

export default function BlogFirstPage() {
  return <BlogPage page={1} />;
}
