import type { Metadata } from "next";
import { SettingsForm } from "@/components/admin/settings-form";
import { requireUser } from "@/lib/auth";
import { getSiteSettings } from "@/lib/settings";
import { settingsMaxLengths, settingsValues } from "@/lib/settings-form";
import { saveSettings } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireUser({ returnTo: "/admin/settings", role: "owner" });
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Firm settings</h1>
      <SettingsForm action={saveSettings} initial={settingsValues(getSiteSettings())} maxLengths={settingsMaxLengths()} />
    </div>
  );
}
