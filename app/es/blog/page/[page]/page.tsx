import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { BlogPage } from "@/components/blog/blog-page";
import { MissingPage } from "@/components/site/missing-page";
import { dictionary, fill } from "@/lib/i18n/dictionary";
import { langPath } from "@/lib/i18n/languages";
import { blogPagePath } from "@/lib/posts/blog-paths";
import { loadTranslatedBlogListing } from "@/lib/posts/public-listings";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { parsePageNumber } from "@/lib/http/url-params";

export function generateStaticParams() {
  return [];
}

// The Spanish blog's pages list other posts than the English ones: no alternates between them.
export async function generateMetadata({ params }: PageProps<"/es/blog/page/[page]">): Promise<Metadata> {
  const page = parsePageNumber((await params).page);
  const words = dictionary("es");
  if (page === undefined) return { title: words.notFound.title };
  return publicPageMetadata({ path: langPath("es", blogPagePath(page)), title: fill(words.blog.pageTitle, { page }), description: words.blog.intro, lang: "es" });
}

export default async function SpanishBlogNumberedPage({ params }: PageProps<"/es/blog/page/[page]">) {
  const page = parsePageNumber((await params).page);
  if (page === undefined) return <MissingPage lang="es" />;
  if (page === 1) permanentRedirect("/es/blog");
  const listing = loadTranslatedBlogListing("es", page);
  return listing ? <BlogPage listing={listing} lang="es" /> : <MissingPage lang="es" />;
}
