import { blogPagePath } from "@/lib/posts/blog-paths";
import type { PostListing } from "@/lib/posts/public-listings";
import { Pagination } from "./pagination";
import { PostList } from "./post-list";
import { dictionary } from "@/lib/i18n/dictionary";
import { langPath, type Lang } from "@/lib/i18n/languages";

/**
 * A page of the blog (/blog, /blog/page/N), loaded by `loadBlogListing()` in the page.
 * `otherLanguage`: the blog in another language that has posts this one lacks (the Spanish
 * blog's first page offers the English one, whose link is written in English and marked so).
 */
export function BlogPage({ listing, lang = "en", otherLanguage }: { listing: PostListing; lang?: Lang; otherLanguage?: Lang }) {
  const { page, pages, posts, timeZone, soleAuthorSlug } = listing;
  const words = dictionary(lang).blog;
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">{words.title}</h1>
      <p className="mt-2 max-w-prose text-lg text-slate-700">{words.intro}</p>
      <div className="mt-8">
        {posts.length > 0 ? <PostList posts={posts} timeZone={timeZone} soleAuthorSlug={soleAuthorSlug} lang={lang} /> : <p className="text-slate-700">{dictionary(lang).home.noPosts}</p>}
      </div>
      {otherLanguage && (
        <p className="mt-6 text-slate-700" data-other-language-blog="">
          {words.moreInOther}{" "}
          <a href={langPath(otherLanguage, blogPagePath(1))} lang={otherLanguage} hrefLang={otherLanguage} className="font-medium text-brand-700 underline">
            {words.moreInOtherLink}
          </a>
        </p>
      )}
      <div className="mt-8">
        <Pagination page={page} pageCount={pages} href={(n) => langPath(lang, blogPagePath(n))} label={words.pagination} previous={words.newer} next={words.older} position={words.pageOf} />
      </div>
    </div>
  );
}
