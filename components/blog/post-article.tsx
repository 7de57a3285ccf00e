import { bylineLink } from "@/lib/posts/post-paths";
import type { PageImages } from "@/lib/media/responsive-images";
import { PostBody } from "./post-body";
import { PostMeta } from "./post-meta";
import { ResponsiveImage } from "./responsive-image";
import { ShareLinks } from "./share-links";
import { TagLinks } from "./tag-links";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/languages";

export type ArticlePost = {
  title: string;
  authorName: string;
  authorSlug: string | null;
  /** A translation's author has a page in its language. */
  authorTranslated?: boolean;
  publishedAt: Date;
  contentUpdatedAt: Date | null;
  lastReviewedAt: Date | null;
  readingMinutes: number;
  /** `nameLang`: a tag named in another language than the page (a tag with no Spanish name). */
  tags: { name: string; slug: string; nameLang?: Lang }[];
  bodyHtml: string;
  cover: { url: string; fileName: string; alt: string; width: number | null; height: number | null } | null;
  /** The cover's and the body's uploads with their variants (loadPageImages()). */
  images?: PageImages;
};

/** A post as the public reads it: title, byline, share links, cover, body, topics, disclaimer. Also the admin's preview. */
export function PostArticle({
  post,
  url,
  disclaimer,
  timeZone,
  soleAuthorSlug,
  lang = "en",
  before,
}: {
  post: ArticlePost;
  url: string;
  disclaimer: string;
  timeZone: string;
  /** The one listed profile of a single-lawyer site, whose byline leads to /about. */
  soleAuthorSlug: string | undefined;
  /** The post's language: its topics lead to the tag pages in it. */
  lang?: Lang;
  /** Above the title: the link to the post in the other language, when there is one. */
  before?: React.ReactNode;
}) {
  const words = dictionary(lang).blog;
  return (
    <article>
      <header className="space-y-3 border-b border-slate-200 pb-6">
        {before}
        <h1 className="text-3xl font-bold leading-tight tracking-tight text-brand-900 sm:text-4xl">{post.title}</h1>
        <PostMeta
          authorName={post.authorName}
          author={bylineLink(post.authorSlug, soleAuthorSlug, lang, post.authorTranslated)}
          publishedAt={post.publishedAt}
          updatedAt={post.contentUpdatedAt}
          lastReviewedAt={post.lastReviewedAt}
          readingMinutes={post.readingMinutes}
          timeZone={timeZone}
          lang={lang}
        />
        <ShareLinks url={url} title={post.title} lang={lang} />
      </header>
      {post.cover && (
        <div className="mt-8">
          <ResponsiveImage src={post.cover.url} image={post.images?.get(post.cover.fileName)} alt={post.cover.alt} className="h-auto w-full rounded-md" priority />
        </div>
      )}
      <div className="mt-8">
        <PostBody html={post.bodyHtml} images={post.images} />
      </div>
      {post.tags.length > 0 && (
        <div className="mt-8">
          <TagLinks tags={post.tags} lang={lang} />
        </div>
      )}
      <aside aria-label={words.disclaimerHeading} className="mt-10 rounded-md border-l-4 border-accent-600 bg-slate-50 p-4 text-sm text-slate-700">
        {disclaimer}
      </aside>
    </article>
  );
}
