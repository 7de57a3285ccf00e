import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ContactCall } from "@/components/contact-call";
import { PostBody } from "@/components/post-body";
import { PostList } from "@/components/post-list";
import { PostMeta } from "@/components/post-meta";
import { ShareLinks } from "@/components/share-links";
import { findPublicPostBySlug, findRedirectedSlug, listPublicPosts } from "@/db/posts";
import { getSiteSettings, postDisclaimer } from "@/lib/settings";
import { siteUrl } from "@/lib/site-url";

// One lookup per request, shared by the metadata and the page.
const loadPost = cache((slug: string) => findPublicPostBySlug(slug));

export async function generateMetadata({ params }: PageProps<"/blog/[slug]">): Promise<Metadata> {
  const post = loadPost((await params).slug);
  if (!post) return {};
  const url = `${siteUrl()}/blog/${post.slug}`;
  return {
    title: post.seoTitle || post.title,
    description: post.seoDescription || post.excerpt,
    alternates: { canonical: url },
    openGraph: { type: "article", url, title: post.seoTitle || post.title, description: post.seoDescription || post.excerpt },
  };
}

export default async function PostPage({ params }: PageProps<"/blog/[slug]">) {
  const { slug } = await params;
  const post = loadPost(slug);
  if (!post) {
    const moved = findRedirectedSlug(slug);
    if (moved) permanentRedirect(`/blog/${moved}`);
    notFound();
  }
  const site = getSiteSettings();
  const more = listPublicPosts({ limit: 4, excludeId: post.id });
  const url = `${siteUrl()}/blog/${post.slug}`;

  return (
    <div className="mx-auto max-w-3xl">
      <article>
        <header className="space-y-3 border-b border-slate-200 pb-6">
          <h1 className="text-3xl font-bold leading-tight tracking-tight text-brand-900 sm:text-4xl">{post.title}</h1>
          <PostMeta authorName={post.authorName} publishedAt={post.publishedAt} updatedAt={post.contentUpdatedAt} timeZone={site.timeZone} />
          <ShareLinks url={url} title={post.title} />
        </header>
        <div className="mt-8">
          <PostBody html={post.bodyHtml} />
        </div>
        <aside aria-label="Disclaimer" className="mt-10 rounded-md border-l-4 border-accent-600 bg-slate-50 p-4 text-sm text-slate-700">
          {postDisclaimer(post.disclaimer, site)}
        </aside>
      </article>

      {more.length > 0 && (
        <section aria-labelledby="read-more-heading" className="mt-12">
          <h2 id="read-more-heading" className="mb-4 text-2xl font-semibold text-brand-900">
            Read more
          </h2>
          <PostList posts={more} timeZone={site.timeZone} headingLevel="h3" />
        </section>
      )}

      <div className="mt-12">
        <ContactCall site={site} />
      </div>
    </div>
  );
}
