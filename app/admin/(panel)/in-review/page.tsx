import type { Metadata } from "next";
import Link from "next/link";
import { ProposedChanges } from "@/components/admin/proposed-changes";
import { FormMessage } from "@/components/ui/form-message";
import { findPostForEdit } from "@/db/post-admin/post-for-edit";
import { listWaitingApprovals } from "@/db/approval-requests";
import { listOpenProposals } from "@/db/proposed-changes";
import { requireUser } from "@/lib/accounts/auth";
import { formatDateTime } from "@/lib/dates/format";
import { KIND_NAMES } from "@/lib/posts/post-paths";
import { getSiteSettings } from "@/lib/site/settings";
import { parseId } from "@/lib/http/url-params";
import { describeProposal } from "@/lib/publishing/proposals";
import { applyProposedChange, declineProposedChange } from "./actions";

export const metadata: Metadata = { title: "In review" };

export default async function ApprovalRequestsPage({ searchParams }: PageProps<"/admin/in-review">) {
  await requireUser({ returnTo: "/admin/in-review", role: "owner" });
  const params = await searchParams;
  const site = getSiteSettings();
  const waiting = listWaitingApprovals();
  const published = parseId(params.published);
  const returned = parseId(params.returned);
  const decided = findPostForEdit(published ?? returned ?? 0);
  const proposals = listOpenProposals().map((proposal) => ({
    id: proposal.id,
    from: proposal.requestedByName ?? "a former editor",
    when: formatDateTime(proposal.requestedAt, site.timeZone),
    ...describeProposal(proposal),
  }));
  const proposalNews = params.applied ? "Applied. The public site shows it now." : params.declined ? "Declined. Nothing changed on the site." : undefined;
  const proposalError = typeof params.proposalError === "string" ? params.proposalError.slice(0, 300) : undefined;

  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">In review</h1>
      <p className="max-w-prose text-slate-700">
        What editors ask you to publish. Open one to see what would change on the site, then publish it or send it back with a note. (An editor you trust can
        publish without review: see Users.)
      </p>
      {decided && (
        <FormMessage ok>
          {published ? `“${decided.title}” is published.` : `“${decided.title}” went back to its editor with your note.`}
        </FormMessage>
      )}
      {proposalNews && <FormMessage ok message={proposalNews} />}
      {proposalError && <FormMessage message={proposalError} />}
      {waiting.length === 0 ? (
        <p className="text-slate-700">Nothing waits for your review.</p>
      ) : (
        <ul className="divide-y divide-slate-200 border-y border-slate-200">
          {waiting.map((item) => (
            <li key={item.postId} className="py-3">
              <Link href={`/admin/in-review/${item.postId}`} className="inline-flex min-h-11 items-center text-lg font-semibold text-brand-800 underline">
                {item.title}
              </Link>
              <p className="text-sm text-slate-700">
                {item.action === "publish" ? `A new ${KIND_NAMES[item.kind]} to publish` : `Changes to a published ${KIND_NAMES[item.kind]}`}
                {item.publishAt && `, asked for ${formatDateTime(item.publishAt, site.timeZone)}`} · from {item.requestedBy ?? "a former editor"} ·{" "}
                {formatDateTime(item.requestedAt, site.timeZone)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <ProposedChanges proposals={proposals} apply={applyProposedChange} decline={declineProposedChange} />
    </div>
  );
}
