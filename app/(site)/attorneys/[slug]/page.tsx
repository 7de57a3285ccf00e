import { attorneyPath } from "@/lib/posts/post-paths";
import type { Metadata } from "next";
import { cache } from "react";
import { ContactCall } from "@/components/site/contact-call";
import { PostList } from "@/components/blog/post-list";
import { ProfileCard } from "@/components/site/profile-card";
import { listPublicPosts } from "@/db/posts";
import { findPublicProfileBySlug, soleListedProfileSlug } from "@/db/profiles";
import { getSiteSettings } from "@/lib/site/settings";
import { MissingPage } from "@/components/site/missing-page";
import { publicPageMetadata } from "@/lib/seo/page-metadata";

// A lawyer's page: the profile, then the posts they wrote. Cached like every public page.
export function generateStaticParams() {
  return [];
}

const loadProfile = cache((slug: string) => findPublicProfileBySlug(slug));

export async function generateMetadata({ params }: PageProps<"/attorneys/[slug]">): Promise<Metadata> {
  const profile = loadProfile((await params).slug);
  if (!profile) return { title: "Page not found" };
  return publicPageMetadata({ path: attorneyPath(profile.slug), title: profile.displayName, description: profile.bio.split("\n")[0] || undefined });
}

export default async function AttorneyPage({ params }: PageProps<"/attorneys/[slug]">) {
  const profile = loadProfile((await params).slug);
  if (!profile) return <MissingPage />;
  const site = getSiteSettings();
  const posts = listPublicPosts({ limit: 50, bylineProfileId: profile.id });
  return (
    <div className="mx-auto max-w-3xl space-y-12">
      <ProfileCard profile={profile} headingLevel="h1" full />
      <section aria-labelledby="posts-heading">
        <h2 id="posts-heading" className="mb-4 text-2xl font-semibold text-brand-900">
          Posts by {profile.displayName}
        </h2>
        {posts.length > 0 ? (
          <PostList posts={posts} timeZone={site.timeZone} soleAuthorSlug={soleListedProfileSlug()} headingLevel="h3" />
        ) : (
          <p className="text-slate-700">No posts yet.</p>
        )}
      </section>
      <ContactCall site={site} />
    </div>
  );
}
