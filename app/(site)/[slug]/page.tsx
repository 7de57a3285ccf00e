import { loadPageImages } from "@/lib/media/responsive-images";
import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ContactCall } from "@/components/site/contact-call";
import { PageArticle } from "@/components/site/page-article";
import { ProfileCard } from "@/components/site/profile-card";
import { findPublicPostBySlug, findRedirectedSlug } from "@/db/posts";
import { listListedProfiles } from "@/db/profiles";
import { getSiteSettings } from "@/lib/site/settings";
import { MissingPage } from "@/components/site/missing-page";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { publicPath } from "@/lib/posts/post-paths";
import { oldPathTarget } from "@/lib/import/old-url-redirect";

// The firm's own pages (/about, /privacy, /terms and any the owner adds), edited like
// posts. Rendered on a page's first visit, then cached like every public page.
export function generateStaticParams() {
  return [];
}

const loadPage = cache((slug: string) => findPublicPostBySlug(slug, new Date(), "page"));

export async function generateMetadata({ params }: PageProps<"/[slug]">): Promise<Metadata> {
  const page = loadPage((await params).slug);
  if (!page) return { title: "Page not found" };
  return publicPageMetadata({ path: publicPath("page", page.slug), title: page.seoTitle || page.title, description: page.seoDescription || page.excerpt || undefined });
}

export default async function FirmPage({ params }: PageProps<"/[slug]">) {
  const { slug } = await params;
  const page = loadPage(slug);
  if (!page) {
    const moved = findRedirectedSlug(slug, new Date(), "page");
    if (moved) permanentRedirect(publicPath("page", moved));
    // An imported site's address (/feed, a WordPress /%postname%): lib/import/old-url-redirect.ts.
    const old = oldPathTarget([slug]);
    if (old) permanentRedirect(old);
    return <MissingPage />;
  }
  const site = getSiteSettings();
  // The About page introduces the firm's lawyers under its own text.
  const lawyers = page.slug === "about" ? listListedProfiles() : [];
  return (
    <div className="space-y-12">
      <PageArticle title={page.title} bodyHtml={page.bodyHtml} lastReviewedAt={page.lastReviewedAt} timeZone={site.timeZone} images={loadPageImages([page.bodyHtml])}>
        {lawyers.length > 0 && (
          <section aria-labelledby="lawyers-heading" className="mt-12 space-y-8">
            <h2 id="lawyers-heading" className="text-2xl font-semibold text-brand-900">
              {lawyers.length === 1 ? "Your lawyer" : "Our lawyers"}
            </h2>
            {lawyers.map((profile) => (
              <ProfileCard key={profile.id} profile={profile} href={`/attorneys/${profile.slug}`} headingLevel="h3" full={lawyers.length === 1} />
            ))}
          </section>
        )}
      </PageArticle>
      <div className="mx-auto max-w-3xl">
        <ContactCall site={site} />
      </div>
    </div>
  );
}
