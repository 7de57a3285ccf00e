import type { Metadata } from "next";
import { ContactCall } from "@/components/site/contact-call";
import { LanguageSwitch } from "@/components/site/language-switch";
import { MissingPage } from "@/components/site/missing-page";
import { PageArticle } from "@/components/site/page-article";
import { dictionary } from "@/lib/i18n/dictionary";
import { loadPageImages } from "@/lib/media/responsive-images";
import { loadTranslatedPost, translatedPostMetadata, translationPaths } from "@/lib/posts/translated-post-page";
import { getSiteSettings } from "@/lib/site/settings";

// A firm page's Spanish version (/es/privacidad for /privacy). Rendered on its first visit, then cached.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/es/[slug]">): Promise<Metadata> {
  return translatedPostMetadata("es", (await params).slug, "page");
}

export default async function SpanishFirmPage({ params }: PageProps<"/es/[slug]">) {
  const page = loadTranslatedPost("es", (await params).slug, "page");
  if (!page) return <MissingPage lang="es" />;
  const site = getSiteSettings();
  return (
    <div className="space-y-12">
      <div className="mx-auto max-w-3xl">
        <LanguageSwitch href={translationPaths("es", page).en} lang="en" label={dictionary("es").blog.readInOther} />
      </div>
      <PageArticle title={page.title} bodyHtml={page.bodyHtml} lastReviewedAt={page.lastReviewedAt} timeZone={site.timeZone} images={loadPageImages([page.bodyHtml])} lang="es" />
      <div className="mx-auto max-w-3xl">
        <ContactCall site={site} lang="es" />
      </div>
    </div>
  );
}
