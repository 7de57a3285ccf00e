import Link from "next/link";

export const metadata = { title: "Not found" };

// An admin page for something that is not there (a deleted post, an inquiry past retention).
export default function AdminNotFound() {
  return (
    <main id="main" className="mx-auto w-full max-w-xl flex-1 px-4 py-16">
      <h1 className="text-2xl font-bold text-brand-900">This is not here any more</h1>
      <p className="mt-3 text-slate-700">It may have been deleted, or the link is wrong.</p>
      <Link href="/admin" className="mt-6 inline-block text-brand-700 underline">Back to the admin</Link>
    </main>
  );
}
