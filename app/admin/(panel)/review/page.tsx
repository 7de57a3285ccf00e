import { REVIEW_INTERVAL_TEXT, reviewDueBefore } from "@/lib/posts/review-due";
import type { Metadata } from "next";
import { ScrollBox } from "@/components/ui/scroll-box";
import Link from "next/link";
import { listPostsDueForReview } from "@/db/post-admin/review-due";
import { requireUser } from "@/lib/accounts/auth";
import { formatDate } from "@/lib/dates/format";
import { KIND_NAMES } from "@/lib/posts/post-paths";
import { getSiteSettings } from "@/lib/site/settings";

export const metadata: Metadata = { title: "Due for review" };

/** Published posts and pages due for review (lib/posts/review-due.ts). */
export default async function ReviewDatesPage() {
  const user = await requireUser({ returnTo: "/admin/review" });
  const site = getSiteSettings();
  const now = new Date();
  const rows = listPostsDueForReview(reviewDueBefore(now), now);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Due for review</h1>
      <p className="max-w-prose text-slate-700">
        Published posts and pages not reviewed in the last {REVIEW_INTERVAL_TEXT}, the oldest first. Laws change: open each one, check it, and set &ldquo;Last
        reviewed&rdquo; in the editor.
      </p>
      {user.role === "owner" && (
        <p>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a file download from a route handler, not a page */}
          <a href="/admin/api/archive" className="font-medium text-brand-800 underline">
            Download the advertising archive (ZIP)
          </a>{" "}
          <span className="text-sm text-slate-700">— every published version of every post and page, with its publication date.</span>
        </p>
      )}
      {rows.length === 0 ? (
        <p className="rounded-md bg-green-50 p-3 text-green-900">Everything published was reviewed in the last {REVIEW_INTERVAL_TEXT}.</p>
      ) : (
        <ScrollBox label="Posts due for review">
                    <table className="w-full border-collapse text-left">
            <caption className="sr-only">Posts and pages due for review</caption>
            <thead>
              <tr className="border-b border-slate-300 text-sm text-slate-700">
                <th scope="col" className="py-2 pr-4">Title</th>
                <th scope="col" className="py-2 pr-4">Last reviewed</th>
                <th scope="col" className="py-2">Author</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-200">
                  <td className="py-3 pr-4">
                    <Link href={`/admin/posts/${row.id}`} className="font-medium text-brand-800 underline">
                      {row.title}
                    </Link>
                    {row.kind !== "post" && <span className="ml-2 text-sm text-slate-700">({KIND_NAMES[row.kind]})</span>}
                  </td>
                  <td className="py-3 pr-4 text-sm text-slate-700">
                    {row.lastReviewedAt ? formatDate(row.lastReviewedAt, site.timeZone) : `Never (published ${row.publishedAt ? formatDate(row.publishedAt, site.timeZone) : "—"})`}
                  </td>
                  <td className="py-3 text-sm text-slate-700">{row.authorName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </div>
  );
}
