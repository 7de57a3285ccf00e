import type { Metadata } from "next";
import { ScrollBox } from "@/components/ui/scroll-box";
import Link from "next/link";
import { AdminPostStatusBadge } from "@/components/admin/post-status";
import { listAdminPosts } from "@/db/post-admin/admin-post-list";
import { requireUser } from "@/lib/accounts/auth";
import { KIND_NAMES, publicPath } from "@/lib/posts/post-paths";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Pages" };

/**
 * The firm's own pages (About, Privacy policy, Terms…) and its practice areas. They are
 * edited, previewed, versioned and trashed like posts; only their addresses differ.
 */
export default async function AdminPagesPage() {
  await requireUser({ returnTo: "/admin/pages" });
  const rows = listAdminPosts({ kinds: ["page", "practice_area"], limit: 200 });
  const groups = [
    { kind: "page" as const, title: "Pages", rows: rows.filter((r) => r.kind === "page") },
    { kind: "practice_area" as const, title: "Practice areas", rows: rows.filter((r) => r.kind === "practice_area") },
  ];
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">Pages and practice areas</h1>
        <div className="flex flex-wrap gap-2">
          <Link href="/admin/posts/new?kind=page" className={buttonClass()}>
            New page
          </Link>
          <Link href="/admin/posts/new?kind=practice_area" className={buttonClass()}>
            New practice area
          </Link>
        </div>
      </div>
      <p className="max-w-prose text-slate-700">
        The same editor as posts, with versions and preview. Pages live at the site&apos;s top level (/about, /privacy, /terms, /accessibility); practice areas at
        /practice-areas/…, listed on the home page. Pages in the trash are in the posts&apos; trash.
      </p>
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`${group.kind}-heading`} className="space-y-3">
          <h2 id={`${group.kind}-heading`} className="text-xl font-semibold text-brand-900">
            {group.title}
          </h2>
          {group.rows.length === 0 ? (
            <p className="text-slate-700">No {KIND_NAMES[group.kind]}s yet.</p>
          ) : (
            <ScrollBox label={group.title}>
                            <table className="w-full border-collapse text-left">
                <caption className="sr-only">{group.title}</caption>
                <thead>
                  <tr className="border-b border-slate-300 text-sm text-slate-700">
                    <th scope="col" className="py-2 pr-4">Title</th>
                    <th scope="col" className="py-2 pr-4">Address</th>
                    <th scope="col" className="py-2">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {group.rows.map((row) => (
                    <tr key={row.id} className="border-b border-slate-200 align-top">
                      <td className="py-3 pr-4">
                        <Link href={`/admin/posts/${row.id}`} className="font-medium text-brand-800 underline">
                          {row.title}
                        </Link>
                      </td>
                      <td className="py-3 pr-4 text-sm text-slate-700">{publicPath(row.kind, row.slug)}</td>
                      <td className="py-3">
                        <AdminPostStatusBadge status={row.status} />
                        {row.pendingChanges && <span className="mt-1 block text-xs font-medium text-amber-900">Unpublished changes</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          )}
        </section>
      ))}
    </div>
  );
}
