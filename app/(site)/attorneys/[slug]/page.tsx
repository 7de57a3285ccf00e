import { blogPagePath } from "@/lib/posts/blog-paths";
import { attorneyPath } from "@/lib/posts/post-paths";
import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { ContactCall } from "@/components/site/contact-call";
import { PhoneLink } from "@/components/site/phone-link";
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

const POSTS_SHOWN = 6;

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
  // The newest few: the page is about the lawyer, the blog has the rest.
  const posts = listPublicPosts({ limit: POSTS_SHOWN + 1, bylineProfileId: profile.id });
  return (
    <div className="mx-auto max-w-3xl space-y-12">
      <div className="space-y-6">
        <ProfileCard profile={profile} headingLevel="h1" full />
        {/* Someone reading about a lawyer may want them now: the way to reach the firm comes before the bio's end. */}
        <div className="flex flex-wrap gap-3">
          {site.phone && (
            <PhoneLink phone={site.phone} className={buttonClass()}>
              Call {site.phone}
            </PhoneLink>
          )}
          <Link href="/contact" className={buttonClass({ variant: site.phone ? "secondary" : "primary" })}>
            Send us a message
          </Link>
        </div>
      </div>
      <section aria-labelledby="posts-heading">
        <h2 id="posts-heading" className="mb-4 text-2xl font-semibold text-brand-900">
          Posts by {profile.displayName}
        </h2>
        {posts.length > 0 ? (
          <>
            <PostList posts={posts.slice(0, POSTS_SHOWN)} timeZone={site.timeZone} soleAuthorSlug={soleListedProfileSlug()} headingLevel="h3" />
            {posts.length > POSTS_SHOWN && (
              <p className="mt-6">
                <Link href={blogPagePath(1)} className="font-medium text-brand-700 underline">
                  More answers on the blog
                </Link>
              </p>
            )}
          </>
        ) : (
          <p className="text-slate-700">No posts yet.</p>
        )}
      </section>
      <ContactCall site={site} />
    </div>
  );
}
