import type { Metadata } from "next";
import { cache } from "react";
import { AttorneyPageView, ATTORNEY_POSTS_SHOWN } from "@/components/site/attorney-page-view";
import { LanguageSwitch } from "@/components/site/language-switch";
import { MissingPage } from "@/components/site/missing-page";
import { soleListedProfileSlug } from "@/db/profiles";
import { findPublicTranslatedProfile } from "@/db/translations/profile-translations";
import { listPublicTranslations } from "@/db/translations/translations";
import { dictionary } from "@/lib/i18n/dictionary";
import { attorneyPaths } from "@/lib/posts/post-paths";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { getSiteSettings } from "@/lib/site/settings";

// A lawyer's page in Spanish: only for a listed lawyer whose bio the firm wrote in Spanish
// (never machine-made), listing their posts that have a Spanish version. Cached like every
// public page.
export function generateStaticParams() {
  return [];
}

const loadProfile = cache((slug: string) => findPublicTranslatedProfile("es", slug));

export async function generateMetadata({ params }: PageProps<"/es/attorneys/[slug]">): Promise<Metadata> {
  const profile = loadProfile((await params).slug);
  if (!profile) return { title: dictionary("es").notFound.title };
  const paths = attorneyPaths(profile.slug);
  return publicPageMetadata({ path: paths.es, title: profile.displayName, description: profile.bio.split("\n")[0] || undefined, lang: "es", translations: paths });
}

export default async function SpanishAttorneyPage({ params }: PageProps<"/es/attorneys/[slug]">) {
  const profile = loadProfile((await params).slug);
  if (!profile) return <MissingPage lang="es" />;
  return (
    <AttorneyPageView
      lang="es"
      profile={profile}
      titleLang={profile.titleLang}
      posts={listPublicTranslations("es", { limit: ATTORNEY_POSTS_SHOWN + 1, bylineProfileId: profile.id })}
      site={getSiteSettings()}
      soleAuthorSlug={soleListedProfileSlug()}
      switchTo={<LanguageSwitch href={attorneyPaths(profile.slug).en} lang="en" label={dictionary("es").chrome.otherLanguage} />}
    />
  );
}
