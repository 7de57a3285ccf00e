import type { Metadata } from "next";
import { LogoForm } from "@/components/admin/logo-form";
import { SettingsForm } from "@/components/admin/settings-form";
import { requireUser } from "@/lib/accounts/auth";
import { mediaUrl } from "@/lib/media/media-storage";
import { getLogo, getSiteSettings } from "@/lib/site/settings";
import { settingsMaxLengths, settingsValues } from "@/lib/site/settings-form";
import { saveLogo, saveSettings } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireUser({ returnTo: "/admin/settings", role: "owner" });
  const site = getSiteSettings();
  const logo = getLogo();
  return (
    <div className="max-w-2xl space-y-8">
      <h1 className="text-2xl font-bold text-brand-900">Firm settings</h1>
      <LogoForm action={saveLogo} logoUrl={logo ? mediaUrl(logo.fileName) : null} firmName={site.firmName} />
      <SettingsForm action={saveSettings} initial={settingsValues(site)} maxLengths={settingsMaxLengths()} />
    </div>
  );
}
