import type { AdminPostStatus } from "@/db/post-admin/admin-post-list";

const styles: Record<AdminPostStatus, string> = {
  draft: "bg-slate-100 text-slate-800",
  scheduled: "bg-amber-100 text-amber-900",
  published: "bg-green-100 text-green-900",
};

const labels: Record<AdminPostStatus, string> = { draft: "Draft", scheduled: "Scheduled", published: "Published" };

export function AdminPostStatusBadge({ status }: { status: AdminPostStatus }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${styles[status]}`}>{labels[status]}</span>;
}
