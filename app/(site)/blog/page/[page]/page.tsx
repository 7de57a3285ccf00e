import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { BlogPage } from "@/components/blog-page";
import { parsePageNumber } from "@/lib/url-params";

// Rendered on a page's first visit, then cached like every public page.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/blog/page/[page]">): Promise<Metadata> {
  return { title: `Blog, page ${(await params).page}` };
}

export default async function BlogNumberedPage({ params }: PageProps<"/blog/page/[page]">) {
  const page = parsePageNumber((await params).page);
  if (page === undefined) notFound();
  if (page === 1) permanentRedirect("/blog");
  return <BlogPage page={page} />;
}
