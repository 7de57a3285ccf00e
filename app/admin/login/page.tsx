import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/admin/account/login-form";
import { FormMessage } from "@/components/ui/form-message";
import { currentUser } from "@/lib/accounts/auth";
import { safeReturnPath } from "@/lib/accounts/return-path";
import { getSiteSettings } from "@/lib/site/settings";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function LoginPage({ searchParams }: PageProps<"/admin/login">) {
  const query = await searchParams;
  const next = safeReturnPath(query.next);
  const reset = query.reset === "1";
  if (await currentUser()) redirect(next);
  const site = getSiteSettings();
  return (
    <main id="main" className="mx-auto w-full max-w-sm flex-1 px-4 py-16">
      <p className="text-sm font-medium text-slate-600">{site.firmName}</p>
      <h1 className="mt-1 text-2xl font-bold text-brand-900">Sign in to the admin</h1>
      <div className="mt-6">
        <FormMessage
          ok
          focusOnLoad={reset}
          message={
            reset
              ? "Your password is changed, and every device was signed out. Sign in with the new password. An authenticator app or passkey you turned on is still asked for; lost it? Use one of your recovery codes."
              : undefined
          }
        />
      </div>
      <LoginForm next={next} />
      <p className="mt-6 text-sm">
        <Link href="/admin/forgot-password" className="text-brand-700 underline">
          Forgot your password?
        </Link>
      </p>
    </main>
  );
}
