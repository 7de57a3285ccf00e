import Link from "next/link";

// 403: signed in, but this needs the owner's role.
export default function Forbidden() {
  return (
    <main id="main" className="mx-auto w-full max-w-xl flex-1 px-4 py-16">
      <h1 className="text-2xl font-bold text-brand-900">Only the owner can open this page</h1>
      <p className="mt-3 text-slate-700">Ask the firm’s owner account if you need a change here.</p>
      <Link href="/admin" className="mt-6 inline-block text-brand-700 underline">Back to the admin</Link>
    </main>
  );
}
