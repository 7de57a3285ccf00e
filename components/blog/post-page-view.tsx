import { ContactCall } from "@/components/site/contact-call";
import { JsonLd } from "@/components/site/json-ld";
import { MobileCallBar } from "@/components/site/mobile-call-bar";
import { PracticeAreaLinks } from "@/components/site/practice-area-links";
import type { PracticeAreaLink, PostSummary } from "@/db/posts";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/languages";
import type { SiteSettings } from "@/lib/site/settings-schema";
import { PostArticle, type ArticlePost } from "./post-article";
import { PostList } from "./post-list";

/** A post's public page in either language: the article, the practice areas it touches, more to read, the way to reach the firm. */
export function PostPageView({
  lang,
  site,
  post,
  url,
  disclaimer,
  soleAuthorSlug,
  structuredData,
  areas,
  more,
  switchTo,
}: {
  lang: Lang;
  site: SiteSettings;
  post: ArticlePost;
  url: string;
  disclaimer: string;
  soleAuthorSlug: string | undefined;
  structuredData: object;
  areas: PracticeAreaLink[];
  more: PostSummary[];
  switchTo?: React.ReactNode;
}) {
  const words = dictionary(lang).blog;
  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd data={structuredData} />
      {/* The call bar sticks while the post is read and stops at its end, above what follows. */}
      <div>
        <PostArticle post={post} url={url} disclaimer={disclaimer} timeZone={site.timeZone} soleAuthorSlug={soleAuthorSlug} lang={lang} before={switchTo} />
        <MobileCallBar site={site} lang={lang} />
      </div>

      {areas.length > 0 && (
        <section aria-labelledby="areas-heading" className="mt-12">
          <h2 id="areas-heading" className="mb-4 text-2xl font-semibold text-brand-900">
            {words.howWeCanHelp}
          </h2>
          <PracticeAreaLinks areas={areas} lang={lang} />
        </section>
      )}

      {more.length > 0 && (
        <section aria-labelledby="read-more-heading" className="mt-12">
          <h2 id="read-more-heading" className="mb-4 text-2xl font-semibold text-brand-900">
            {words.readMore}
          </h2>
          <PostList posts={more} timeZone={site.timeZone} soleAuthorSlug={soleAuthorSlug} headingLevel="h3" lang={lang} />
        </section>
      )}

      <div className="mt-12">
        <ContactCall site={site} lang={lang} />
      </div>
    </div>
  );
}
