import type { Metadata } from "next";
import { ScrollBox } from "@/components/ui/scroll-box";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ContentDiff } from "@/components/admin/content-diff";
import { PostBody } from "@/components/blog/post-body";
import { findPostForEdit } from "@/db/post-admin/post-for-edit";
import { findPostVersion, listPostVersions } from "@/db/post-admin/post-versions";
import { postPageTitle } from "@/lib/site/admin-page-titles";
import { requireUser } from "@/lib/accounts/auth";
import { getSiteSettings, postDisclaimer } from "@/lib/site/settings";
import { restorePostVersion } from "../../actions";
import { formatDateTime } from "@/lib/dates/format";
import { parseId } from "@/lib/http/url-params";
import { Button } from "@/components/ui/button";

export async function generateMetadata({ params }: PageProps<"/admin/posts/[id]/versions">): Promise<Metadata> {
  const { id } = await params;
  return { title: await postPageTitle(id, "Versions") };
}

const errors: Record<string, string> = {
  conflict: "The post changed while you were looking. Nothing was restored: compare again with the current content.",
  trashed: "The post is in the trash. Restore it first.",
  "not-found": "That version no longer exists.",
  review: "Restoring a version of a post on the site publishes it: the owner does that. Copy what you need into the editor and send it for review.",
};

export default async function PostVersionsPage({ params, searchParams }: PageProps<"/admin/posts/[id]/versions">) {
  const { id } = await params;
  const query = await searchParams;
  await requireUser({ returnTo: `/admin/posts/${encodeURIComponent(id)}/versions` });
  const postId = parseId(id);
  const post = postId === undefined ? undefined : findPostForEdit(postId);
  if (!post) notFound();
  const site = getSiteSettings();
  const versions = listPostVersions(post.id);
  const chosenId = parseId(query.v);
  const chosen = chosenId === undefined ? undefined : findPostVersion(post.id, chosenId);
  const error = typeof query.error === "string" ? errors[query.error] : undefined;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">Versions of “{post.title}”</h1>
        <Link href={`/admin/posts/${post.id}`} className="font-medium text-brand-800 underline">
          Back to the editor
        </Link>
      </div>
      <p className="max-w-prose text-slate-700">
        Every publish, and every update of a published post, is kept here with its date and author. Unpublished changes are not versions until they
        are published.
      </p>
      {error && <p className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">{error}</p>}

      {versions.length === 0 ? (
        <p className="text-slate-700">No versions yet: they are kept from the first publish on.</p>
      ) : (
        <ScrollBox label="Versions">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Kept versions, newest first</caption>
            <thead>
              <tr className="border-b border-slate-300 text-sm text-slate-700">
                <th scope="col" className="py-2 pr-4">Saved</th>
                <th scope="col" className="py-2 pr-4">By</th>
                <th scope="col" className="py-2 pr-4">Title</th>
                <th scope="col" className="py-2">Compare</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.id} className={`border-b border-slate-200 ${v.id === chosenId ? "bg-brand-50" : ""}`}>
                  <td className="py-2 pr-4 text-sm">{formatDateTime(v.createdAt, site.timeZone)}</td>
                  <td className="py-2 pr-4 text-sm">{v.authorName ?? "A removed user"}</td>
                  <td className="py-2 pr-4">{v.title}</td>
                  <td className="py-2">
                    <Link href={`/admin/posts/${post.id}/versions?v=${v.id}`} aria-current={v.id === chosenId ? "true" : undefined} className="text-brand-800 underline">
                      Compare version of {formatDateTime(v.createdAt, site.timeZone)}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}

      {chosen && (
        <section aria-labelledby="compare-heading" className="space-y-4">
          <h2 id="compare-heading" className="text-xl font-semibold text-brand-900">
            What changed since the version of {formatDateTime(chosen.version.createdAt, site.timeZone)}
          </h2>
          <p className="text-sm text-slate-700">
            Words added since then are <span className="bg-green-100 text-green-950 underline">underlined in green</span>; words taken out are{" "}
            <span className="bg-red-100 text-red-950 line-through">struck through in red</span>.
          </p>
          <ContentDiff
            before={{ ...chosen.version, disclaimer: postDisclaimer(chosen.version.disclaimer, site) }}
            after={{ ...post, disclaimer: postDisclaimer(post.disclaimer, site) }}
          />
          <details className="rounded-md border border-slate-300 p-3">
            <summary className="cursor-pointer font-medium text-brand-900">Side by side, as the page shows them</summary>
          <div className="mt-3 grid gap-6 md:grid-cols-2">
            <section aria-labelledby="current-heading" className="rounded-md border border-slate-300 p-4">
              <h3 id="current-heading" className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600">
                Current
              </h3>
              <p className="text-2xl font-bold text-brand-900">{post.title}</p>
              {post.excerpt && <p className="mt-2 text-slate-700">{post.excerpt}</p>}
              <div className="mt-4">
                <PostBody html={post.bodyHtml} />
              </div>
              <p className="mt-4 border-l-4 border-accent-600 bg-slate-50 p-2 text-sm">{postDisclaimer(post.disclaimer, site)}</p>
            </section>
            <section aria-labelledby="version-heading" className="rounded-md border border-slate-300 p-4">
              <h3 id="version-heading" className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600">
                Version of {formatDateTime(chosen.version.createdAt, site.timeZone)} by {chosen.authorName ?? "a removed user"}
              </h3>
              <p className="text-2xl font-bold text-brand-900">{chosen.version.title}</p>
              {chosen.version.excerpt && <p className="mt-2 text-slate-700">{chosen.version.excerpt}</p>}
              <div className="mt-4">
                <PostBody html={chosen.version.bodyHtml} />
              </div>
              <p className="mt-4 border-l-4 border-accent-600 bg-slate-50 p-2 text-sm">{postDisclaimer(chosen.version.disclaimer, site)}</p>
            </section>
          </div>
          </details>
          <form action={restorePostVersion} className="space-y-2">
            <input type="hidden" name="postId" value={post.id} />
            <input type="hidden" name="versionId" value={chosen.version.id} />
            <input type="hidden" name="revision" value={post.revision} />
            <p className="text-sm text-slate-700">
              Restoring makes this version the current content (the address stays). {post.status === "published" && "It goes live at once and is kept as a new version."}{" "}
              {post.pending && "It replaces the unpublished changes in the editor."}
            </p>
            <Button type="submit">
              Restore this version
            </Button>
          </form>
        </section>
      )}
    </div>
  );
}
