import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PostEditor } from "@/components/editor/post-editor";
import { findPostForEdit } from "@/db/post-admin/post-for-edit";
import { listTagNames } from "@/db/tags";
import { postPageTitle } from "@/lib/site/admin-page-titles";
import { requireUser } from "@/lib/accounts/auth";
import { mayPublish } from "@/lib/publishing/publishing-rights";
import { editorContext } from "@/lib/posts/editor-context";
import { mediaUrl } from "@/lib/media/media-storage";
import { editorFields, editorState } from "@/lib/posts/post-save";
import { getSiteSettings, postDisclaimer } from "@/lib/site/settings";
import { restorePost, trashPost } from "../actions";
import { parseId } from "@/lib/http/url-params";
import { Button } from "@/components/ui/button";
import { TranslationMark } from "@/components/admin/translation-mark";
import { translationStates } from "@/db/translations/translation-admin";

export async function generateMetadata({ params }: PageProps<"/admin/posts/[id]">): Promise<Metadata> {
  const { id } = await params;
  return { title: await postPageTitle(id, "Edit") };
}

export default async function EditPostPage({ params, searchParams }: PageProps<"/admin/posts/[id]">) {
  const { id } = await params;
  const user = await requireUser({ returnTo: `/admin/posts/${encodeURIComponent(id)}` });
  const postId = parseId(id);
  const post = postId === undefined ? undefined : findPostForEdit(postId);
  if (!post) notFound();
  const site = getSiteSettings();

  if (post.deletedAt) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold text-brand-900">{post.title}</h1>
        <p className="text-slate-800">This post is in the trash. Restore it to edit it.</p>
        <form action={restorePost}>
          <input type="hidden" name="postId" value={post.id} />
          <Button type="submit">
            Restore from trash
          </Button>
        </form>
        <Link href="/admin/posts" className="text-brand-800 underline">
          Back to posts
        </Link>
      </div>
    );
  }

  const query = await searchParams;
  // The editor shows the pending changes when there are some (editorFields), with their cover.
  const coverFileName = post.pending ? post.pending.coverFileName : post.coverFileName;
  const notice =
    query.restored === "1"
      ? "The version was restored: it is the current content now."
      : query.discarded === "1"
        ? "The unpublished changes were discarded: the editor shows the post as the public sees it."
        : query.refused === "trash"
          ? "Only the owner moves a post that is on the site to the trash."
          : undefined;
  return (
    <>
    <TranslationMark href={`/admin/posts/${post.id}/spanish`} state={translationStates("es").get(post.id)} />
    <PostEditor
      // A restored version or a reload starts a fresh editor on the stored revision.
      key={`${post.id}:${post.revision}`}
      postId={post.id}
      kind={post.kind}
      {...editorContext(site)}
      initial={editorFields(post, site.timeZone)}
      initialCoverUrl={coverFileName ? mediaUrl(coverFileName) : null}
      state={editorState(post, site.timeZone)}
      defaultDisclaimer={postDisclaimer(null, site)}
      timeZone={site.timeZone}
      tagSuggestions={listTagNames()}
      notice={notice}
      mayPublish={mayPublish(user)}
      trashAction={trashPost}
    />
    </>
  );
}
