import type { Metadata } from "next";
import { MissingPage } from "@/components/site/missing-page";
import { LawyerList } from "@/components/site/lawyer-list";
import { TranslatedPage } from "@/components/site/translated-page";
import { listListedProfilesIn } from "@/db/translations/profile-translations";
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
  return (
    <TranslatedPage lang="es" page={page} site={getSiteSettings()} englishPath={translationPaths("es", page).en} images={loadPageImages([page.bodyHtml])}>
      {/* The About page introduces the firm's lawyers under its own text, as in English. */}
      {page.originalSlug === "about" && <LawyerList lawyers={listListedProfilesIn("es")} lang="es" />}
    </TranslatedPage>
  );
}
