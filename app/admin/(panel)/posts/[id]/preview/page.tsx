import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminPostStatusBadge } from "@/components/admin/post-status";
import { PageArticle } from "@/components/site/page-article";
import { PostArticle } from "@/components/blog/post-article";
import { findProfileById, soleListedProfileSlug } from "@/db/profiles";
import { adminStatus } from "@/db/post-admin/admin-post-list";
import { findPostForEdit } from "@/db/post-admin/post-for-edit";
import { distinctTagNames } from "@/db/tags";
import { htmlText } from "@/lib/posts/html-text";
import { countWords, readingMinutes } from "@/lib/posts/reading-time";
import { postPageTitle } from "@/lib/site/admin-page-titles";
import { requireUser } from "@/lib/accounts/auth";
import { mediaUrl } from "@/lib/media/media-storage";
import { loadPageImages } from "@/lib/media/responsive-images";
import { getSiteSettings, postDisclaimer } from "@/lib/site/settings";
import { siteUrl } from "@/lib/http/site-url";
import { parseId } from "@/lib/http/url-params";

export async function generateMetadata({ params }: PageProps<"/admin/posts/[id]/preview">): Promise<Metadata> {
  const { id } = await params;
  return { title: await postPageTitle(id, "Preview"), robots: { index: false } };
}

/**
 * Any post, draft too, exactly as the public page will show it: the last saved content,
 * which for a published or scheduled post with unpublished changes is those changes.
 */
export default async function PreviewPostPage({ params }: PageProps<"/admin/posts/[id]/preview">) {
  const { id } = await params;
  await requireUser({ returnTo: `/admin/posts/${encodeURIComponent(id)}/preview` });
  const postId = parseId(id);
  const post = postId === undefined ? undefined : findPostForEdit(postId);
  if (!post) notFound();
  const site = getSiteSettings();
  const now = new Date();
  const status = adminStatus(post, now);
  const { pending } = post;
  const shown = pending ?? post;
  const byline = shown.bylineProfileId !== null ? findProfileById(shown.bylineProfileId) : undefined;
  const coverFileName = pending ? pending.coverFileName : post.coverFileName;
  const images = loadPageImages([shown.bodyHtml], coverFileName);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-amber-400 bg-amber-50 p-3">
        <p className="text-amber-950">
          Preview <AdminPostStatusBadge status={status} />{" "}
          {post.deletedAt
            ? "(in the trash)"
            : pending
              ? status === "published"
                ? "— unpublished changes: this is what the public will see after you update the published post. The public site still shows the published version."
                : "— unpublished changes: this is what the public will see at the scheduled time after you update the scheduled post."
              : status !== "published" && "— the public cannot see this post yet."}
        </p>
        <Link href={`/admin/posts/${post.id}`} className="font-medium text-brand-800 underline">
          Back to the editor
        </Link>
      </div>
      {post.kind !== "post" ? (
        <PageArticle title={shown.title} bodyHtml={shown.bodyHtml} lastReviewedAt={shown.lastReviewedAt} timeZone={site.timeZone} images={images} />
      ) : (
      <div className="mx-auto max-w-3xl">
        <PostArticle
          post={{
            title: shown.title,
            authorName: byline?.displayName ?? post.authorName,
            // Only a listed lawyer has a page to link to, as on the public site (bylineColumns).
            authorSlug: byline?.listed ? byline.slug : null,
            lastReviewedAt: shown.lastReviewedAt,
            publishedAt: post.publishedAt ?? now,
            // An update of a post that is out shows "Updated" with the day it is made.
            contentUpdatedAt: pending && status === "published" ? now : post.contentUpdatedAt,
            bodyHtml: shown.bodyHtml,
            readingMinutes: readingMinutes(countWords(htmlText(shown.bodyHtml))),
            tags: distinctTagNames(shown.tags),
            cover: coverFileName ? { url: mediaUrl(coverFileName), fileName: coverFileName, alt: shown.coverAlt ?? "", width: null, height: null } : null,
            images,
          }}
          url={`${siteUrl()}/blog/${shown.slug}`}
          disclaimer={postDisclaimer(shown.disclaimer, site)}
          timeZone={site.timeZone}
          soleAuthorSlug={soleListedProfileSlug()}
        />
      </div>
      )}
    </div>
  );
}
