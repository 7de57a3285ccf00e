import type { Metadata } from "next";
import { BackLink } from "@/components/admin/back-link";
import { IntakeSettingsForm } from "@/components/admin/inquiries/intake-settings-form";
import { requireUser } from "@/lib/accounts/auth";
import { intakeSettingsMaxLengths, intakeSettingsValues } from "@/lib/inquiries/intake-settings-form";
import { getIntakeSettings } from "@/lib/site/settings";
import { saveIntakeSettings } from "./actions";

export const metadata: Metadata = { title: "Intake settings" };

export default async function IntakeSettingsPage() {
  await requireUser({ returnTo: "/admin/inquiries/settings", role: "owner" });
  const settings = getIntakeSettings();
  return (
    <div className="max-w-2xl space-y-6">
      <BackLink href="/admin/inquiries">All inquiries</BackLink>
      <h1 className="text-2xl font-bold text-brand-900">Intake settings</h1>
      <p className="text-slate-700">
        The notice people agree to is on version <strong>{settings.intakeConsentVersion}</strong>. Changing its text starts a new version; each
        inquiry keeps the text it was sent with.
      </p>
      <IntakeSettingsForm action={saveIntakeSettings} initial={intakeSettingsValues(settings)} maxLengths={intakeSettingsMaxLengths()} />
    </div>
  );
}
