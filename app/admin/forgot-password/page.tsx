import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/admin/account/forgot-password-form";
import { RESET_LINK_MINUTES } from "@/lib/accounts/password-reset";
import { mailServerConfigured } from "@/lib/mail/mail";
import { getSiteSettings } from "@/lib/site/settings";
import { askForPasswordReset } from "./actions";

export const metadata: Metadata = { title: "Reset your password", robots: { index: false } };

export default function ForgotPasswordPage() {
  const site = getSiteSettings();
  return (
    <main id="main" className="mx-auto w-full max-w-sm flex-1 px-4 py-16">
      <p className="text-sm font-medium text-slate-600">{site.firmName}</p>
      <h1 className="mt-1 text-2xl font-bold text-brand-900">Reset your password</h1>
      {mailServerConfigured() ? (
        <p className="mt-2 text-slate-700">
          We mail a link to your account’s address. It works once, for {RESET_LINK_MINUTES} minutes, and signs out every device signed in to your account.
        </p>
      ) : (
        <p className="mt-4 rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950">
          This site has no mail server set up yet, so it cannot mail a reset link. Ask the person who installed the site to set one up (SMTP_URL), or to reset
          your password on the server with <code>npm run admin:reset-password</code>.
        </p>
      )}
      <ForgotPasswordForm action={askForPasswordReset} />
      <p className="mt-6 text-sm">
        <Link href="/admin/login" className="text-brand-700 underline">
          Back to sign in
        </Link>
      </p>
    </main>
  );
}
