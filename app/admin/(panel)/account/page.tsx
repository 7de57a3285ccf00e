import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/admin/change-password-form";
import { OwnProfile } from "@/components/admin/own-profile";
import { ownProfileForEdit } from "@/db/profiles";
import { requireUser } from "@/lib/auth";
import { changePassword, saveOwnProfile } from "./actions";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireUser({ returnTo: "/admin/account" });
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Your account</h1>
      <p className="text-slate-700">
        Signed in as {user.email} ({user.role}).
      </p>
      <h2 className="text-xl font-semibold text-brand-900">Change your password</h2>
      <ChangePasswordForm action={changePassword} />
      <OwnProfile {...ownProfileForEdit(user.id)} action={saveOwnProfile} />
    </div>
  );
}
