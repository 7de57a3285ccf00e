import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/admin/back-link";
import { notFound } from "next/navigation";
import { ContentDiff } from "@/components/admin/content-diff";
import { WritingScoresCompared } from "@/components/admin/writing-score";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { findPostForEdit } from "@/db/post-admin/post-for-edit";
import { findOpenApprovalRequest } from "@/db/approval-requests";
import { findUserById } from "@/db/users";
import { postPageTitle } from "@/lib/site/admin-page-titles";
import { requireUser } from "@/lib/accounts/auth";
import { formatDateTime } from "@/lib/dates/format";
import { KIND_NAMES, publicPath } from "@/lib/posts/post-paths";
import { getSiteSettings, postDisclaimer } from "@/lib/site/settings";
import { parseId } from "@/lib/http/url-params";
import { writingScores } from "@/lib/writing/post-scores";
import { approveRequest, returnRequest } from "../actions";
import { Button } from "@/components/ui/button";

export async function generateMetadata({ params }: PageProps<"/admin/in-review/[id]">): Promise<Metadata> {
  const { id } = await params;
  return { title: await postPageTitle(id, "Review") };
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value.slice(0, 300) : undefined);

export default async function ApprovalRequestPage({ params, searchParams }: PageProps<"/admin/in-review/[id]">) {
  const { id } = await params;
  await requireUser({ returnTo: `/admin/in-review/${encodeURIComponent(id)}`, role: "owner" });
  const query = await searchParams;
  const postId = parseId(id);
  const post = postId === undefined ? undefined : findPostForEdit(postId);
  if (!post) notFound();
  const request = findOpenApprovalRequest(post.id);
  const site = getSiteSettings();
  const when = (date: Date) => formatDateTime(date, site.timeZone);
  const proposed = post.pending ?? post;
  const live = post.status === "draft" ? null : post;
  const error = one(query.error);
  const noteError = one(query.noteError);
  const noun = KIND_NAMES[post.kind];

  return (
    <div className="max-w-4xl space-y-6">
      <BackLink href="/admin/in-review">In review</BackLink>
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">{proposed.title}</h1>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-900">
          {error}
        </p>
      )}
      {!request ? (
        <p className="text-slate-700">
          Nothing of this {noun} waits for review now.{" "}
          <Link href={`/admin/posts/${post.id}`} className="text-brand-700 underline">
            Open it in the editor
          </Link>
        </p>
      ) : (
        <>
          <p className="text-slate-800">
            {findUserById(request.requestedBy ?? 0)?.name ?? "A former editor"} asked on {when(request.requestedAt)} to{" "}
            {request.action === "publish"
              ? request.publishAt
                ? `publish this new ${noun} at ${when(request.publishAt)}`
                : `publish this new ${noun}`
              : `apply these changes to the published ${noun}`}
            .{" "}
            <Link href={`/admin/posts/${post.id}/preview`} className="text-brand-700 underline">
              Preview it as the page will look
            </Link>
            {live && (
              <>
                {" · "}
                <a href={publicPath(post.kind, post.slug)} className="text-brand-700 underline">
                  The page as it is now
                </a>
              </>
            )}
          </p>

          <section aria-labelledby="diff-heading" className="space-y-3">
            <h2 id="diff-heading" className="text-xl font-semibold text-brand-900">
              {live ? "What would change on the site" : "What would go on the site"}
            </h2>
            <p className="text-sm text-slate-700">
              Words added are <span className="bg-green-100 text-green-950 underline">underlined in green</span>; words taken out are{" "}
              <span className="bg-red-100 text-red-950 line-through">struck through in red</span>.
            </p>
            <ContentDiff
              before={live ? { ...live, disclaimer: postDisclaimer(live.disclaimer, site) } : { title: "", excerpt: "", bodyHtml: "", disclaimer: "" }}
              after={{ ...proposed, disclaimer: postDisclaimer(proposed.disclaimer, site) }}
            />
          </section>

          <WritingScoresCompared proposed={writingScores(proposed, site.legalese)} live={live && post.pending ? writingScores(live, site.legalese) : null} />

          <div className="grid gap-6 md:grid-cols-2">
            <form action={approveRequest} className="space-y-3 rounded-md border border-slate-300 p-4">
              <input type="hidden" name="postId" value={post.id} />
              <input type="hidden" name="revision" value={post.revision} />
              <h2 className="font-semibold text-brand-900">Publish</h2>
              <p className="text-sm text-slate-700">
                {request.action === "publish"
                  ? request.publishAt && request.publishAt > new Date()
                    ? `It is scheduled for ${when(request.publishAt)}.`
                    : "It goes on the site at once."
                  : "The site shows the changes at once; the earlier wording is kept as a version."}
              </p>
              <Button type="submit">
                Publish it
              </Button>
            </form>
            <form action={returnRequest} className="space-y-3 rounded-md border border-slate-300 p-4">
              <input type="hidden" name="postId" value={post.id} />
              <h2 className="font-semibold text-brand-900">Send it back</h2>
              <Field id="review-note" label="Note for the editor" hint="What to change. The editor sees it in the editor." error={noteError}>
                {(control) => <Textarea {...control} name="note" rows={4} maxLength={2000} required />}
              </Field>
              <Button type="submit" variant="secondary">
                Send it back
              </Button>
            </form>
          </div>
        </>
      )}
    </div>
  );
}
