import type { Metadata } from "next";
import { cache } from "react";
import { AttorneyPageView, ATTORNEY_POSTS_SHOWN } from "@/components/site/attorney-page-view";
import { LanguageSwitch } from "@/components/site/language-switch";
import { MissingPage } from "@/components/site/missing-page";
import { listPublicPosts } from "@/db/posts";
import { findPublicProfileBySlug, soleListedProfileSlug } from "@/db/profiles";
import { hasTranslatedProfile } from "@/db/translations/profile-translations";
import { dictionary } from "@/lib/i18n/dictionary";
import { attorneyPath, attorneyPaths } from "@/lib/posts/post-paths";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { getSiteSettings } from "@/lib/site/settings";

// A lawyer's page: the profile, then the posts they wrote. Cached like every public page.
export function generateStaticParams() {
  return [];
}

const loadProfile = cache((slug: string) => findPublicProfileBySlug(slug));
const loadSpanish = cache((slug: string) => hasTranslatedProfile("es", slug));

export async function generateMetadata({ params }: PageProps<"/attorneys/[slug]">): Promise<Metadata> {
  const profile = loadProfile((await params).slug);
  if (!profile) return { title: dictionary("en").notFound.title };
  return publicPageMetadata({
    path: attorneyPath(profile.slug),
    title: profile.displayName,
    description: profile.bio.split("\n")[0] || undefined,
    ...(loadSpanish(profile.slug) ? { translations: attorneyPaths(profile.slug) } : {}),
  });
}

export default async function AttorneyPage({ params }: PageProps<"/attorneys/[slug]">) {
  const profile = loadProfile((await params).slug);
  if (!profile) return <MissingPage />;
  const spanish = loadSpanish(profile.slug) ? attorneyPaths(profile.slug).es : undefined;
  return (
    <AttorneyPageView
      lang="en"
      profile={profile}
      posts={listPublicPosts({ limit: ATTORNEY_POSTS_SHOWN + 1, bylineProfileId: profile.id })}
      site={getSiteSettings()}
      soleAuthorSlug={soleListedProfileSlug()}
      switchTo={spanish && <LanguageSwitch href={spanish} lang="es" label={dictionary("en").chrome.otherLanguage} />}
    />
  );
}
