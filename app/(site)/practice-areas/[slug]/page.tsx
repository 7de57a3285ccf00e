import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ContactCall } from "@/components/contact-call";
import { MobileCallBar } from "@/components/mobile-call-bar";
import { PageArticle } from "@/components/page-article";
import { findPublicPostBySlug, findRedirectedSlug } from "@/db/posts";
import { getSiteSettings } from "@/lib/settings";
import { siteUrl } from "@/lib/site-url";

// One page per practice area, edited like posts; linked from the home page and from
// posts that share a tag with it. Cached like every public page.
export function generateStaticParams() {
  return [];
}

const loadArea = cache((slug: string) => findPublicPostBySlug(slug, new Date(), "practice_area"));

export async function generateMetadata({ params }: PageProps<"/practice-areas/[slug]">): Promise<Metadata> {
  const area = loadArea((await params).slug);
  if (!area) return {};
  return {
    title: area.seoTitle || area.title,
    description: area.seoDescription || area.excerpt || undefined,
    alternates: { canonical: `${siteUrl()}/practice-areas/${area.slug}` },
  };
}

export default async function PracticeAreaPage({ params }: PageProps<"/practice-areas/[slug]">) {
  const { slug } = await params;
  const area = loadArea(slug);
  if (!area) {
    const moved = findRedirectedSlug(slug, new Date(), "practice_area");
    if (moved) permanentRedirect(`/practice-areas/${moved}`);
    notFound();
  }
  const site = getSiteSettings();
  return (
    <div className="space-y-12">
      <div>
        <PageArticle title={area.title} bodyHtml={area.bodyHtml} lastReviewedAt={area.lastReviewedAt} timeZone={site.timeZone} />
        <MobileCallBar site={site} />
      </div>
      <div className="mx-auto max-w-3xl">
        <ContactCall site={site} />
      </div>
    </div>
  );
}
