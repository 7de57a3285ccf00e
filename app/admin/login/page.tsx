import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/admin/account/login-form";
import { currentUser } from "@/lib/accounts/auth";
import { safeReturnPath } from "@/lib/accounts/return-path";
import { getSiteSettings } from "@/lib/site/settings";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function LoginPage({ searchParams }: PageProps<"/admin/login">) {
  const next = safeReturnPath((await searchParams).next);
  if (await currentUser()) redirect(next);
  const site = getSiteSettings();
  return (
    <main id="main" className="mx-auto w-full max-w-sm flex-1 px-4 py-16">
      <p className="text-sm font-medium text-slate-600">{site.firmName}</p>
      <h1 className="mt-1 text-2xl font-bold text-brand-900">Sign in to the admin</h1>
      <LoginForm next={next} />
    </main>
  );
}
