import type { Metadata } from "next";
import { ContactCall } from "@/components/site/contact-call";
import { JsonLd } from "@/components/site/json-ld";
import { MissingPage } from "@/components/site/missing-page";
import { PostArticle } from "@/components/blog/post-article";
import { PostList } from "@/components/blog/post-list";
import { MobileCallBar } from "@/components/site/mobile-call-bar";
import { PracticeAreaLinks } from "@/components/site/practice-area-links";
import { listPracticeAreasSharingTags, listRelatedPosts, type PublicPost } from "@/db/posts";
import { soleListedProfileSlug } from "@/db/profiles";
import { postPath } from "@/lib/posts/blog-paths";
import { bylineHref } from "@/lib/posts/post-paths";
import { mediaUrl } from "@/lib/media/media-storage";
import { loadPageImages } from "@/lib/media/responsive-images";
import { firmAddresses, postCardUrl, seoFields, SHARE_IMAGE, type ShareImage } from "@/lib/seo/page-metadata";
import { publicPostMetadata, publicPostOrRedirect } from "@/lib/posts/public-post-page";
import { getSiteSettings, postDisclaimer } from "@/lib/site/settings";
import { siteUrl } from "@/lib/http/site-url";
import { blogPosting, breadcrumbList, jsonLdDocument } from "@/lib/seo/structured-data";

// Rendered on a post's first visit, then cached like every public page.
export function generateStaticParams() {
  return [];
}

/** What a shared link shows: the post's cover when it has one, else its generated card. */
function shareImage(post: PublicPost): ShareImage {
  if (post.cover) {
    return {
      url: `${siteUrl()}${mediaUrl(post.cover.fileName)}`,
      alt: post.cover.alt,
      ...(post.cover.width && post.cover.height ? { width: post.cover.width, height: post.cover.height } : {}),
    };
  }
  return { url: postCardUrl(post.slug, post.title), ...SHARE_IMAGE, alt: post.title, type: "image/png" };
}

export async function generateMetadata({ params }: PageProps<"/blog/[slug]">): Promise<Metadata> {
  return publicPostMetadata((await params).slug, "post", (post) => ({
    image: shareImage(post),
    article: { publishedAt: post.publishedAt, updatedAt: post.contentUpdatedAt, authorName: post.authorName, tags: post.tags.map((t) => t.name) },
  }));
}

export default async function PostPage({ params }: PageProps<"/blog/[slug]">) {
  const { slug } = await params;
  const post = publicPostOrRedirect(slug, "post");
  if (!post) return <MissingPage />;
  const site = getSiteSettings();
  const more = listRelatedPosts(post.id, 4);
  const areas = listPracticeAreasSharingTags(post.id);
  const soleAuthorSlug = soleListedProfileSlug();
  const origin = siteUrl();
  const url = `${origin}${postPath(post.slug)}`;
  const structured = jsonLdDocument([
    blogPosting(
      {
        url,
        headline: post.title,
        description: seoFields(post).description ?? "",
        publishedAt: post.publishedAt,
        updatedAt: post.contentUpdatedAt,
        authorName: post.authorName,
        authorUrl: post.authorSlug ? `${origin}${bylineHref(post.authorSlug, soleAuthorSlug)}` : undefined,
        imageUrl: shareImage(post).url,
        tags: post.tags.map((t) => t.name),
        wordCount: post.wordCount,
      },
      site,
      firmAddresses(origin),
    ),
    breadcrumbList([
      { name: "Home", url: `${origin}/` },
      { name: "Blog", url: `${origin}/blog` },
      { name: post.title, url },
    ]),
  ]);

  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd data={structured} />
      {/* The call bar sticks while the post is read and stops at its end, above what follows. */}
      <div>
        <PostArticle
          post={{ ...post, cover: post.cover && { ...post.cover, url: mediaUrl(post.cover.fileName) }, images: loadPageImages([post.bodyHtml], post.cover?.fileName) }}
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
