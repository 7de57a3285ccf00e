import { REVIEW_INTERVAL_TEXT, reviewDueBefore } from "@/lib/posts/review-due";
import type { Metadata } from "next";
import Link from "next/link";
import { countInquiries, countNewInquiries, listInquiries, listUrgentInquiries } from "@/db/inquiries/inquiries";
import { listStuckOutbox } from "@/db/outbox";
import { countAdminPosts, listAdminPosts, type AdminPostRow } from "@/db/post-admin/admin-post-list";
import { listPostsDueForReview } from "@/db/post-admin/review-due";
import { listWaitingApprovals } from "@/db/approval-requests";
import { requireUser } from "@/lib/accounts/auth";
import { formatAge, formatDateTime } from "@/lib/dates/format";
import { CUSTODY_STATUSES, optionLabel } from "@/lib/inquiries/inquiry-form";
import { urgencyWindow } from "@/lib/inquiries/inquiry-urgency";
import { getSiteSettings } from "@/lib/site/settings";

export const metadata: Metadata = { title: "Dashboard" };

const ALL_KINDS = ["post", "page", "practice_area"] as const;
const SHOWN = 5;

function Panel({ id, title, count, href, linkText, children }: { id: string; title: string; count: number; href: string; linkText: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2 rounded-lg border border-slate-300 p-4">
      <h2 id={id} className="flex items-baseline justify-between gap-2 text-lg font-semibold text-brand-900">
        {title}
        <span className={`rounded-full px-2.5 py-0.5 text-sm ${count ? "bg-amber-200 text-amber-950" : "bg-slate-100 text-slate-700"}`}>{count}</span>
      </h2>
      {children}
      <p>
        <Link href={href} className="inline-flex min-h-11 items-center text-sm text-brand-700 underline">
          {linkText}
        </Link>
      </p>
    </section>
  );
}

function PostLinks({ rows, when, empty }: { rows: AdminPostRow[]; when: (row: AdminPostRow) => string; empty: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-700">{empty}</p>;
  return (
    <ul className="space-y-1">
      {rows.map((row) => (
        <li key={row.id}>
          <Link href={`/admin/posts/${row.id}`} className="font-medium text-brand-800 underline">
            {row.title}
          </Link>{" "}
          <span className="text-sm text-slate-700">{when(row)}</span>
        </li>
      ))}
    </ul>
  );
}

/** What needs the attorney now: urgent and new inquiries, mail not sent, what waits for approval, drafts, scheduled posts, posts due for review. */
export default async function AdminHome() {
  const user = await requireUser({ returnTo: "/admin" });
  const owner = user.role === "owner";
  const site = getSiteSettings();
  const now = new Date();
  const window = urgencyWindow(site.timeZone, now);
  const when = (date: Date) => formatDateTime(date, site.timeZone);

  const urgent = owner ? listUrgentInquiries(window, SHOWN) : [];
  const newCount = owner ? countNewInquiries() : 0;
  const newest = owner ? listInquiries({ status: "new" }, window, { limit: SHOWN }) : [];
  const stuck = owner ? listStuckOutbox(5 * 60_000) : [];
  const waiting = owner ? listWaitingApprovals() : [];
  const drafts = listAdminPosts({ status: "draft", kinds: [...ALL_KINDS], limit: SHOWN, now });
  const draftCount = countAdminPosts({ status: "draft", kinds: [...ALL_KINDS], now });
  const scheduled = listAdminPosts({ status: "scheduled", kinds: [...ALL_KINDS], limit: SHOWN, now });
  const scheduledCount = countAdminPosts({ status: "scheduled", kinds: [...ALL_KINDS], now });
  const due = listPostsDueForReview(reviewDueBefore(now), now);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Welcome, {user.name}</h1>
      <div className="grid gap-4 md:grid-cols-2">
        {owner && (
          <Panel id="urgent-heading" title="Urgent inquiries" count={urgent.length} href="/admin/inquiries" linkText="All inquiries">
            {urgent.length === 0 ? (
              <p className="text-sm text-slate-700">Nobody in custody or due in court within 3 days is waiting.</p>
            ) : (
              <ul className="space-y-1">
                {urgent.map((row) => (
                  <li key={row.id}>
                    <Link href={`/admin/inquiries/${row.id}`} className="font-semibold text-red-800 underline">
                      {row.name}
                    </Link>{" "}
                    <span className="text-sm text-slate-700">
                      {row.custodyStatus === "in_custody" ? optionLabel(CUSTODY_STATUSES, row.custodyStatus) : `court ${row.courtDate}`} · {formatAge(row.createdAt, now)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Panel>
        )}
        {owner && (
          <Panel id="new-heading" title="New inquiries" count={newCount} href="/admin/inquiries?status=new" linkText="All new inquiries">
            {newest.length === 0 ? (
              <p className="text-sm text-slate-700">No new inquiries.</p>
            ) : (
              <ul className="space-y-1">
                {newest.map((row) => (
                  <li key={row.id}>
                    <Link href={`/admin/inquiries/${row.id}`} className="font-medium text-brand-800 underline">
                      {row.name}
                    </Link>{" "}
                    <span className="text-sm text-slate-700">{formatAge(row.createdAt, now)}</span>
                  </li>
                ))}
              </ul>
            )}
          </Panel>
        )}
        {owner && stuck.length > 0 && (
          <Panel id="mail-heading" title="Mail not sent" count={stuck.length} href="/admin/inquiries" linkText="Why, in the inbox">
            <p className="text-sm text-amber-950">Notifications that could not be sent yet. The inquiries themselves are safe in the inbox.</p>
          </Panel>
        )}
        {owner && (
          <Panel id="waiting-heading" title="Waiting for your review" count={waiting.length} href="/admin/in-review" linkText="In review">
            {waiting.length === 0 ? (
              <p className="text-sm text-slate-700">Nothing waits for your review.</p>
            ) : (
              <ul className="space-y-1">
                {waiting.slice(0, SHOWN).map((item) => (
                  <li key={item.postId}>
                    <Link href={`/admin/in-review/${item.postId}`} className="font-medium text-brand-800 underline">
                      {item.title}
                    </Link>{" "}
                    <span className="text-sm text-slate-700">from {item.requestedBy ?? "a former editor"}</span>
                  </li>
                ))}
              </ul>
            )}
          </Panel>
        )}
        <Panel id="drafts-heading" title="Drafts" count={draftCount} href="/admin/posts?status=draft" linkText="All drafts">
          <PostLinks rows={drafts} when={(row) => `edited ${when(row.updatedAt)}`} empty="No drafts." />
        </Panel>
        <Panel id="scheduled-heading" title="Scheduled" count={scheduledCount} href="/admin/posts?status=scheduled" linkText="All scheduled posts">
          <PostLinks rows={scheduled} when={(row) => (row.publishedAt ? `for ${when(row.publishedAt)}` : "")} empty="Nothing is scheduled." />
        </Panel>
        <Panel id="due-heading" title="Due for review" count={due.length} href="/admin/review" linkText="Everything due for review">
          {due.length === 0 ? (
            <p className="text-sm text-slate-700">Every published post was reviewed in the last {REVIEW_INTERVAL_TEXT}.</p>
          ) : (
            <ul className="space-y-1">
              {due.slice(0, SHOWN).map((row) => (
                <li key={row.id}>
                  <Link href={`/admin/posts/${row.id}`} className="font-medium text-brand-800 underline">
                    {row.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Panel>
      </div>
      {owner && countInquiries({}) === 0 && <p className="text-sm text-slate-700">Inquiries from the contact form appear here as they arrive.</p>}
    </div>
  );
}
