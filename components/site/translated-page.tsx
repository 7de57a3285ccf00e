import { ContactCall } from "@/components/site/contact-call";
import { LanguageSwitch } from "@/components/site/language-switch";
import { MobileCallBar } from "@/components/site/mobile-call-bar";
import { PageArticle } from "@/components/site/page-article";
import type { TranslatedPost } from "@/db/translations/translations";
import { dictionary } from "@/lib/i18n/dictionary";
import type { TranslationLang } from "@/lib/i18n/languages";
import type { PageImages } from "@/lib/media/responsive-images";
import type { SiteSettings } from "@/lib/site/settings-schema";

/**
 * A firm page's or practice area's version in another language: the way back to the original,
 * the text (and what follows it: `children`, the About page's lawyers), the way to reach the firm.
 */
export function TranslatedPage({
  lang,
  page,
  site,
  englishPath,
  images,
  children,
}: {
  lang: TranslationLang;
  page: TranslatedPost;
  site: SiteSettings;
  englishPath: string;
  images: PageImages;
  children?: React.ReactNode;
}) {
  return (
    <div className="space-y-12">
      <div className="mx-auto max-w-3xl">
        <LanguageSwitch href={englishPath} lang="en" label={dictionary(lang).blog.readInOther} />
      </div>
      <div>
        <PageArticle title={page.title} bodyHtml={page.bodyHtml} lastReviewedAt={page.lastReviewedAt} timeZone={site.timeZone} images={images} lang={lang}>
          {children}
        </PageArticle>
        <MobileCallBar site={site} lang={lang} />
      </div>
      <div className="mx-auto max-w-3xl">
        <ContactCall site={site} lang={lang} />
      </div>
    </div>
  );
}
