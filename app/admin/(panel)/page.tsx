import Link from "next/link";
import { requireUser } from "@/lib/auth";

export default async function AdminHome() {
  const user = await requireUser({ returnTo: "/admin" });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Welcome, {user.name}</h1>
      <ul className="grid gap-3 sm:grid-cols-2">
        <li>
          <Link href="/admin/posts" className="block rounded-lg border border-slate-200 p-5 hover:border-brand-700">
            <span className="text-lg font-semibold text-brand-900">Posts</span>
            <span className="mt-1 block text-slate-600">Write, schedule and publish blog posts.</span>
          </Link>
        </li>
        {user.role === "owner" && (
        <li>
          <Link href="/admin/inquiries" className="block rounded-lg border border-slate-200 p-5 hover:border-brand-700">
            <span className="text-lg font-semibold text-brand-900">Inquiries</span>
            <span className="mt-1 block text-slate-600">Read and answer messages from people who contacted the firm.</span>
          </Link>
        </li>
        )}
      </ul>
    </div>
  );
}
