import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TranslationForm } from "@/components/admin/translation-form";
import { findPostForEdit } from "@/db/post-admin/post-for-edit";
import { loadTranslation } from "@/db/translations/translation-admin";
import { requireUser } from "@/lib/accounts/auth";
import { parseId } from "@/lib/http/url-params";
import { postPageTitle } from "@/lib/site/admin-page-titles";
import { deleteSpanishVersion, saveSpanishVersion } from "./actions";

export async function generateMetadata({ params }: PageProps<"/admin/posts/[id]/spanish">): Promise<Metadata> {
  return { title: await postPageTitle((await params).id, "Spanish version") };
}

// The Spanish version of a post, page or practice area: written by the firm, never by a machine.
export default async function SpanishVersionPage({ params }: PageProps<"/admin/posts/[id]/spanish">) {
  const { id } = await params;
  await requireUser({ returnTo: `/admin/posts/${encodeURIComponent(id)}/spanish` });
  const postId = parseId(id);
  const post = postId === undefined ? undefined : findPostForEdit(postId);
  if (!post || post.deletedAt) notFound();
  const translation = loadTranslation(post.id, "es");
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href={`/admin/posts/${post.id}`} className="text-brand-800 underline">
          Back to the English post
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">Spanish version of “{post.title}”</h1>
      {translation?.needsUpdate && (
        <p role="status" className="rounded-md border border-amber-600 bg-amber-50 p-3 font-medium text-amber-950">
          Needs update: the English post changed after this Spanish version was last saved. Check it against the English, then save it.
        </p>
      )}
      {!translation && <p className="text-slate-700">This post has no Spanish version yet: the Spanish site does not list it.</p>}
      <TranslationForm
        postId={post.id}
        exists={Boolean(translation)}
        initial={{
          title: translation?.title ?? "",
          slug: translation?.slug ?? "",
          excerpt: translation?.excerpt ?? "",
          bodyHtml: translation?.bodyHtml ?? "",
          seoDescription: translation?.seoDescription ?? "",
          status: translation?.status ?? "draft",
        }}
        save={saveSpanishVersion}
        remove={deleteSpanishVersion}
      />
      <details className="rounded-md border border-slate-300 p-4">
        <summary className="cursor-pointer font-medium">The English text, to translate from</summary>
        <pre className="mt-3 whitespace-pre-wrap text-sm text-slate-800">{post.bodyHtml}</pre>
      </details>
    </div>
  );
}
