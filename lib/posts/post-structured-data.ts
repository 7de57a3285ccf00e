// A post page's JSON-LD (BlogPosting and its breadcrumbs), in either language.
import "server-only";
import type { PublicPost } from "@/db/posts";
import { dictionary } from "@/lib/i18n/dictionary";
import { langPath, LOCALES, type Lang } from "@/lib/i18n/languages";
import { firmAddresses, seoFields } from "@/lib/seo/page-metadata";
import { blogPosting, breadcrumbList, jsonLdDocument } from "@/lib/seo/structured-data";
import { siteUrl } from "@/lib/http/site-url";
import { getSiteSettings } from "@/lib/site/settings";
import { bylineLink } from "./post-paths";

export function postStructuredData(post: PublicPost, url: string, imageUrl: string, soleAuthorSlug: string | undefined, lang: Lang = "en"): object {
  const origin = siteUrl();
  const words = dictionary(lang).chrome;
  return jsonLdDocument([
    blogPosting(
      {
        url,
        headline: post.title,
        description: seoFields(post).description ?? "",
        publishedAt: post.publishedAt,
        updatedAt: post.contentUpdatedAt,
        authorName: post.authorName,
        // The author's page in the post's language when there is one (bylineLink(), as the byline).
        authorUrl: post.authorSlug ? `${origin}${bylineLink(post.authorSlug, soleAuthorSlug, lang, post.authorTranslated)?.href}` : undefined,
        imageUrl,
        tags: post.tags.map((t) => t.name),
        wordCount: post.wordCount,
        inLanguage: LOCALES[lang],
      },
      getSiteSettings(),
      firmAddresses(origin),
    ),
    breadcrumbList([
      { name: words.home, url: `${origin}${langPath(lang, "/")}` },
      { name: words.blog, url: `${origin}${langPath(lang, "/blog")}` },
      { name: post.title, url },
    ]),
  ]);
}
