import Link from "next/link";

// 401: no session (it ended, or there never was one).
export default function Unauthorized() {
  return (
    <main id="main" className="mx-auto w-full max-w-xl flex-1 px-4 py-16">
      <h1 className="text-2xl font-bold text-brand-900">Please sign in</h1>
      <p className="mt-3 text-slate-700">Your session has ended. Sign in again to continue.</p>
      <Link href="/admin/login" className="mt-6 inline-block text-brand-700 underline">Sign in</Link>
    </main>
  );
}
