import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ContactCall } from "@/components/contact-call";
import { PostArticle } from "@/components/post-article";
import { PostList } from "@/components/post-list";
import { MobileCallBar } from "@/components/mobile-call-bar";
import { PracticeAreaLinks } from "@/components/practice-area-links";
import { findPublicPostBySlug, findRedirectedSlug, listPracticeAreasSharingTags, listPublicPosts } from "@/db/posts";
import { soleListedProfileSlug } from "@/db/profiles";
import { mediaUrl } from "@/lib/media-storage";
import { getSiteSettings, postDisclaimer } from "@/lib/settings";
import { siteUrl } from "@/lib/site-url";

// Rendered on a post's first visit, then cached like every public page.
export function generateStaticParams() {
  return [];
}

// One lookup per render, shared by the metadata and the page.
const loadPost = cache((slug: string) => findPublicPostBySlug(slug));

export async function generateMetadata({ params }: PageProps<"/blog/[slug]">): Promise<Metadata> {
  const post = loadPost((await params).slug);
  if (!post) return {};
  const url = `${siteUrl()}/blog/${post.slug}`;
  return {
    title: post.seoTitle || post.title,
    description: post.seoDescription || post.excerpt,
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      url,
      title: post.seoTitle || post.title,
      description: post.seoDescription || post.excerpt,
      ...(post.cover ? { images: [{ url: mediaUrl(post.cover.fileName), alt: post.cover.alt }] } : {}),
    },
  };
}

export default async function PostPage({ params }: PageProps<"/blog/[slug]">) {
  const { slug } = await params;
  const post = loadPost(slug);
  if (!post) {
    // A published post whose address changed: a permanent redirect (308) to where it is now.
    const moved = findRedirectedSlug(slug);
    if (moved) permanentRedirect(`/blog/${moved}`);
    notFound();
  }
  const site = getSiteSettings();
  const more = listPublicPosts({ limit: 4, excludeId: post.id });
  const areas = listPracticeAreasSharingTags(post.id);
  const soleAuthorSlug = soleListedProfileSlug();
  const url = `${siteUrl()}/blog/${post.slug}`;

  return (
    <div className="mx-auto max-w-3xl">
      {/* The call bar sticks while the post is read and stops at its end, above what follows. */}
      <div>
        <PostArticle
          post={{ ...post, cover: post.cover && { ...post.cover, url: mediaUrl(post.cover.fileName) } }}
          url={url}
          disclaimer={postDisclaimer(post.disclaimer, site)}
          timeZone={site.timeZone}
          soleAuthorSlug={soleAuthorSlug}
        />
        <MobileCallBar site={site} />
      </div>

      {areas.length > 0 && (
        <section aria-labelledby="areas-heading" className="mt-12">
          <h2 id="areas-heading" className="mb-4 text-2xl font-semibold text-brand-900">
            How we can help
          </h2>
          <PracticeAreaLinks areas={areas} />
        </section>
      )}

      {more.length > 0 && (
        <section aria-labelledby="read-more-heading" className="mt-12">
          <h2 id="read-more-heading" className="mb-4 text-2xl font-semibold text-brand-900">
            Read more
          </h2>
          <PostList posts={more} timeZone={site.timeZone} soleAuthorSlug={soleAuthorSlug} headingLevel="h3" />
        </section>
      )}

      <div className="mt-12">
        <ContactCall site={site} />
      </div>
    </div>
  );
}
