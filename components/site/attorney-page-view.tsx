import Link from "next/link";
import { PostList } from "@/components/blog/post-list";
import { buttonClass } from "@/components/ui/button";
import type { PostSummary } from "@/db/posts";
import type { PublicProfile } from "@/db/profiles";
import { dictionary, fill } from "@/lib/i18n/dictionary";
import { langPath, type Lang } from "@/lib/i18n/languages";
import { blogPagePath } from "@/lib/posts/blog-paths";
import type { SiteSettings } from "@/lib/site/settings-schema";
import { ContactCall } from "./contact-call";
import { PhoneLink } from "./phone-link";
import { ProfileCard } from "./profile-card";

/** How many of the lawyer's posts the page lists: it is about the lawyer, the blog has the rest. */
export const ATTORNEY_POSTS_SHOWN = 6;

/**
 * A lawyer's page in either language (/attorneys/[slug], /es/attorneys/[slug]): the profile,
 * the ways to reach the firm, then the newest posts they wrote in that language (`posts`: up
 * to one more than shown, which says there are more).
 */
export function AttorneyPageView({
  lang,
  profile,
  titleLang,
  posts,
  site,
  soleAuthorSlug,
  switchTo,
}: {
  lang: Lang;
  profile: PublicProfile;
  /** The language of the title shown (a Spanish page without a Spanish title shows the English one). */
  titleLang?: Lang;
  posts: PostSummary[];
  site: SiteSettings;
  soleAuthorSlug: string | undefined;
  /** Above the profile: the link to the same lawyer's page in the other language, when there is one. */
  switchTo?: React.ReactNode;
}) {
  const words = dictionary(lang);
  return (
    <div className="mx-auto max-w-3xl space-y-12">
      <div className="space-y-6">
        {switchTo}
        <ProfileCard profile={profile} headingLevel="h1" full lang={lang} titleLang={titleLang} />
        {/* Someone reading about a lawyer may want them now: the way to reach the firm comes before the bio's end. */}
        <div className="flex flex-wrap gap-3">
          {site.phone && (
            <PhoneLink phone={site.phone} className={buttonClass()}>
              {words.chrome.call} {site.phone}
            </PhoneLink>
          )}
          <Link href={langPath(lang, "/contact")} className={buttonClass({ variant: site.phone ? "secondary" : "primary" })}>
            {words.contactCall.sendMessage}
          </Link>
        </div>
      </div>
      <section aria-labelledby="posts-heading">
        <h2 id="posts-heading" className="mb-4 text-2xl font-semibold text-brand-900">
          {fill(words.attorney.postsBy, { name: profile.displayName })}
        </h2>
        {posts.length > 0 ? (
          <>
            <PostList posts={posts.slice(0, ATTORNEY_POSTS_SHOWN)} timeZone={site.timeZone} soleAuthorSlug={soleAuthorSlug} headingLevel="h3" lang={lang} />
            {posts.length > ATTORNEY_POSTS_SHOWN && (
              <p className="mt-6">
                <Link href={langPath(lang, blogPagePath(1))} className="font-medium text-brand-700 underline">
                  {words.attorney.morePosts}
                </Link>
              </p>
            )}
          </>
        ) : (
          <p className="text-slate-700">{words.attorney.noPosts}</p>
        )}
      </section>
      <ContactCall site={site} lang={lang} />
    </div>
  );
}
