import type { Metadata } from "next";
import { AccountSecurity } from "@/components/admin/account/account-security";
import { ChangePasswordForm } from "@/components/admin/account/change-password-form";
import { OwnProfile } from "@/components/admin/account/own-profile";
import { ownProfileForEdit } from "@/db/profiles";
import { loadAccountSecurity } from "@/lib/accounts/account-security";
import { requireUser } from "@/lib/accounts/auth";
import * as actions from "./actions";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireUser({ returnTo: "/admin/account" });
  return (
    <div className="max-w-2xl space-y-10">
      <h1 className="text-2xl font-bold text-brand-900">Your account</h1>
      <p className="text-slate-700">
        Signed in as {user.email} ({user.role}).
      </p>
      <section aria-labelledby="password-heading" className="max-w-md space-y-4">
        <h2 id="password-heading" className="text-xl font-semibold text-brand-900">Change your password</h2>
        <ChangePasswordForm action={actions.changePassword} />
      </section>
      <OwnProfile {...ownProfileForEdit(user.id)} action={actions.saveOwnProfile} />
      <AccountSecurity
        security={loadAccountSecurity(user)}
        owner={user.role === "owner"}
        sessionActions={{ endSession: actions.endSession, endOtherSessions: actions.endOtherSessions }}
        confirmItsYou={actions.confirmItsYou}
        factorActions={{
          startAuthenticatorSetup: actions.startAuthenticatorSetup,
          confirmAuthenticatorSetup: actions.confirmAuthenticatorSetup,
          removeAuthenticator: actions.removeAuthenticator,
          renewRecoveryCodes: actions.renewRecoveryCodes,
          startPasskeySetup: actions.startPasskeySetup,
          finishPasskeySetup: actions.finishPasskeySetup,
          deletePasskey: actions.deletePasskey,
        }}
      />
    </div>
  );
}
