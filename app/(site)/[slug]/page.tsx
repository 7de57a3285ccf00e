import { loadPageImages } from "@/lib/media/responsive-images";
import type { Metadata } from "next";
import { ContactCall } from "@/components/site/contact-call";
import { PageArticle } from "@/components/site/page-article";
import { LawyerList } from "@/components/site/lawyer-list";
import { listListedProfiles } from "@/db/profiles";
import { getSiteSettings, getVisitSettings } from "@/lib/site/settings";
import { VisitCountingNotice } from "@/components/site/visit-counting-notice";
import { MissingPage } from "@/components/site/missing-page";
import { publicPostMetadata, publicPostOrRedirect } from "@/lib/posts/public-post-page";
import { LanguageSwitch } from "@/components/site/language-switch";
import { dictionary } from "@/lib/i18n/dictionary";
import { postTranslations } from "@/lib/posts/post-languages";

// The firm's own pages (/about, /privacy, /terms and any the owner adds), edited like
// posts. Rendered on a page's first visit, then cached like every public page.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[slug]">): Promise<Metadata> {
  return publicPostMetadata((await params).slug, "page");
}

export default async function FirmPage({ params }: PageProps<"/[slug]">) {
  const { slug } = await params;
  const page = publicPostOrRedirect(slug, "page");
  if (!page) return <MissingPage />;
  const site = getSiteSettings();
  // The About page introduces the firm's lawyers under its own text.
  const lawyers = page.slug === "about" ? listListedProfiles() : [];
  const spanish = postTranslations(page.id, "page", page.slug).es;
  return (
    <div className="space-y-12">
      {spanish && (
        <div className="mx-auto max-w-3xl">
          <LanguageSwitch href={spanish} lang="es" label={dictionary("en").blog.readInOther} />
        </div>
      )}
      <PageArticle title={page.title} bodyHtml={page.bodyHtml} lastReviewedAt={page.lastReviewedAt} timeZone={site.timeZone} images={loadPageImages([page.bodyHtml])}>
        <LawyerList lawyers={lawyers} />
        {/* The privacy page says what the site counts, from the setting itself. */}
        {page.slug === "privacy" && <VisitCountingNotice counting={getVisitSettings().visitCounting} />}
      </PageArticle>
      <div className="mx-auto max-w-3xl">
        <ContactCall site={site} />
      </div>
    </div>
  );
}
