import type { Metadata } from "next";
import { LanguageSwitch } from "@/components/site/language-switch";
import { MissingPage } from "@/components/site/missing-page";
import { PostPageView } from "@/components/blog/post-page-view";
import { soleListedProfileSlug } from "@/db/profiles";
import { listPublicTranslations } from "@/db/translations/translations";
import { dictionary } from "@/lib/i18n/dictionary";
import { firmTexts } from "@/lib/i18n/firm-texts";
import { siteUrl } from "@/lib/http/site-url";
import { mediaUrl } from "@/lib/media/media-storage";
import { loadPageImages } from "@/lib/media/responsive-images";
import { postStructuredData } from "@/lib/posts/post-structured-data";
import { loadTranslatedPost, translatedPostMetadata, translationPaths } from "@/lib/posts/translated-post-page";
import { postShareImage } from "@/lib/seo/page-metadata";
import { getSiteSettings } from "@/lib/site/settings";

// A post's Spanish version, written by the firm. Rendered on its first visit, then cached.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/es/blog/[slug]">): Promise<Metadata> {
  return translatedPostMetadata("es", (await params).slug, "post", (post) => ({
    image: postShareImage(post, post.originalSlug),
    article: { publishedAt: post.publishedAt, updatedAt: post.contentUpdatedAt, authorName: post.authorName, tags: [] },
  }));
}

export default async function SpanishPostPage({ params }: PageProps<"/es/blog/[slug]">) {
  const post = loadTranslatedPost("es", (await params).slug, "post");
  if (!post) return <MissingPage lang="es" />;
  const site = getSiteSettings();
  const soleAuthorSlug = soleListedProfileSlug();
  const paths = translationPaths("es", post);
  const url = `${siteUrl()}${paths.es}`;
  return (
    <PostPageView
      lang="es"
      site={site}
      post={{ ...post, cover: post.cover && { ...post.cover, url: mediaUrl(post.cover.fileName) }, images: loadPageImages([post.bodyHtml], post.cover?.fileName) }}
      url={url}
      disclaimer={firmTexts("es").postDisclaimer}
      soleAuthorSlug={soleAuthorSlug}
      structuredData={postStructuredData(post, url, postShareImage(post, post.originalSlug).url, soleAuthorSlug, "es")}
      areas={[]}
      more={listPublicTranslations("es", { limit: 4, excludeId: post.id })}
      switchTo={<LanguageSwitch href={paths.en} lang="en" label={dictionary("es").blog.readInOther} />}
    />
  );
}
