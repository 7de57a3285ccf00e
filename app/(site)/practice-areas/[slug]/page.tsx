import { loadPageImages } from "@/lib/media/responsive-images";
import type { Metadata } from "next";
import { ContactCall } from "@/components/site/contact-call";
import { MobileCallBar } from "@/components/site/mobile-call-bar";
import { PageArticle } from "@/components/site/page-article";
import { getSiteSettings } from "@/lib/site/settings";
import { MissingPage } from "@/components/site/missing-page";
import { publicPostMetadata, publicPostOrRedirect } from "@/lib/posts/public-post-page";

// One page per practice area, edited like posts; linked from the home page and from
// posts that share a tag with it. Cached like every public page.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/practice-areas/[slug]">): Promise<Metadata> {
  return publicPostMetadata((await params).slug, "practice_area");
}

export default async function PracticeAreaPage({ params }: PageProps<"/practice-areas/[slug]">) {
  const { slug } = await params;
  const area = publicPostOrRedirect(slug, "practice_area");
  if (!area) return <MissingPage />;
  const site = getSiteSettings();
  return (
    <div className="space-y-12">
      <div>
        <PageArticle title={area.title} bodyHtml={area.bodyHtml} lastReviewedAt={area.lastReviewedAt} timeZone={site.timeZone} images={loadPageImages([area.bodyHtml])} />
        <MobileCallBar site={site} />
      </div>
      <div className="mx-auto max-w-3xl">
        <ContactCall site={site} />
      </div>
    </div>
  );
}
