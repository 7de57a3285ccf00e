import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminPostStatusBadge } from "@/components/admin-post-status";
import { PostArticle } from "@/components/post-article";
import { adminStatus, findPostForEdit } from "@/db/post-admin";
import { requireUser } from "@/lib/auth";
import { mediaUrl } from "@/lib/media-storage";
import { getSiteSettings, postDisclaimer } from "@/lib/settings";
import { siteUrl } from "@/lib/site-url";

export const metadata: Metadata = { title: "Preview", robots: { index: false } };

/** Any post, draft too, exactly as the public page will show it (the last saved content). */
export default async function PreviewPostPage({ params }: PageProps<"/admin/posts/[id]/preview">) {
  const { id } = await params;
  await requireUser({ returnTo: `/admin/posts/${encodeURIComponent(id)}/preview` });
  const post = /^\d{1,12}$/.test(id) ? findPostForEdit(Number(id)) : undefined;
  if (!post) notFound();
  const site = getSiteSettings();
  const status = adminStatus(post);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-amber-400 bg-amber-50 p-3">
        <p className="text-amber-950">
          Preview <AdminPostStatusBadge status={status} /> {post.deletedAt ? "(in the trash)" : status !== "published" && "— the public cannot see this post yet."}
        </p>
        <Link href={`/admin/posts/${post.id}`} className="font-medium text-brand-800 underline">
          Back to the editor
        </Link>
      </div>
      <div className="mx-auto max-w-3xl">
        <PostArticle
          post={{
            ...post,
            publishedAt: post.publishedAt ?? new Date(),
            cover: post.coverFileName ? { url: mediaUrl(post.coverFileName), alt: post.coverAlt ?? "", width: null, height: null } : null,
          }}
          url={`${siteUrl()}/blog/${post.slug}`}
          disclaimer={postDisclaimer(post.disclaimer, site)}
          timeZone={site.timeZone}
        />
      </div>
    </div>
  );
}
