import type { Metadata } from "next";
import { LanguageSwitch } from "@/components/site/language-switch";
import { MissingPage } from "@/components/site/missing-page";
import { PostPageView } from "@/components/blog/post-page-view";
import { listPracticeAreasSharingTags, listRelatedPosts } from "@/db/posts";
import { soleListedProfileSlug } from "@/db/profiles";
import { dictionary } from "@/lib/i18n/dictionary";
import { postPath } from "@/lib/posts/blog-paths";
import { postTranslations } from "@/lib/posts/post-languages";
import { postStructuredData } from "@/lib/posts/post-structured-data";
import { mediaUrl } from "@/lib/media/media-storage";
import { loadPageImages } from "@/lib/media/responsive-images";
import { postShareImage } from "@/lib/seo/page-metadata";
import { publicPostMetadata, publicPostOrRedirect } from "@/lib/posts/public-post-page";
import { getSiteSettings, postDisclaimer } from "@/lib/site/settings";
import { siteUrl } from "@/lib/http/site-url";
// Rendered on a post's first visit, then cached like every public page.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/blog/[slug]">): Promise<Metadata> {
  return publicPostMetadata((await params).slug, "post", (post) => ({
    image: postShareImage(post),
    article: { publishedAt: post.publishedAt, updatedAt: post.contentUpdatedAt, authorName: post.authorName, tags: post.tags.map((t) => t.name) },
  }));
}

export default async function PostPage({ params }: PageProps<"/blog/[slug]">) {
  const { slug } = await params;
  const post = publicPostOrRedirect(slug, "post");
  if (!post) return <MissingPage />;
  const site = getSiteSettings();
  const soleAuthorSlug = soleListedProfileSlug();
  const url = `${siteUrl()}${postPath(post.slug)}`;
  const spanish = postTranslations(post.id, "post", post.slug).es;
  return (
    <PostPageView
      lang="en"
      site={site}
      post={{ ...post, cover: post.cover && { ...post.cover, url: mediaUrl(post.cover.fileName) }, images: loadPageImages([post.bodyHtml], post.cover?.fileName) }}
      url={url}
      disclaimer={postDisclaimer(post.disclaimer, site)}
      soleAuthorSlug={soleAuthorSlug}
      structuredData={postStructuredData(post, url, postShareImage(post).url, soleAuthorSlug)}
      areas={listPracticeAreasSharingTags(post.id)}
      more={listRelatedPosts(post.id, 4)}
      switchTo={spanish && <LanguageSwitch href={spanish} lang="es" label={dictionary("en").blog.readInOther} />}
    />
  );
}
