import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/admin/account/reset-password-form";
import { isResetTokenUsable } from "@/lib/accounts/password-reset";
import { getSiteSettings } from "@/lib/site/settings";
import { chooseNewPassword } from "./actions";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false }, referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: PageProps<"/admin/reset-password">) {
  const { token } = await searchParams;
  const site = getSiteSettings();
  const usable = isResetTokenUsable(token);
  return (
    <main id="main" className="mx-auto w-full max-w-sm flex-1 px-4 py-16">
      <p className="text-sm font-medium text-slate-600">{site.firmName}</p>
      <h1 className="mt-1 text-2xl font-bold text-brand-900">Choose a new password</h1>
      {usable ? (
        <>
          <p className="mt-2 text-slate-700">
            Every device signed in to your account is signed out. If you turned on an authenticator app or a passkey, it is still asked for when you sign in; if
            you have lost it too, one of the recovery codes you saved when you set it up works instead (each code once).
          </p>
          <ResetPasswordForm action={chooseNewPassword} token={String(token)} />
        </>
      ) : (
        <p className="mt-4 rounded-md bg-red-50 p-3 text-red-800">
          This link has expired or has already been used. Links work once, for 30 minutes.{" "}
          <Link href="/admin/forgot-password" className="font-medium underline">
            Ask for a new link
          </Link>
          .
        </p>
      )}
    </main>
  );
}
