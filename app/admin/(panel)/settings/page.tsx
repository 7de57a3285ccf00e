import type { Metadata } from "next";
import Link from "next/link";
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
      {/* A lawyer's name, photo and bio have one home: their profile, which bylines and the About page read. */}
      <p className="text-slate-700">
        Lawyers&apos; names, photos and bios are edited under{" "}
        <Link href="/admin/profiles" className="text-brand-800 underline">
          Profiles
        </Link>
        ; the intake form&apos;s notice, types of matter and counties under{" "}
        <Link href="/admin/inquiries/settings" className="text-brand-800 underline">
          Intake settings
        </Link>
        ; the Spanish site&apos;s words and notices under{" "}
        <Link href="/admin/settings/spanish" className="text-brand-800 underline">
          Spanish site
        </Link>
        .
      </p>
      <LogoForm action={saveLogo} logoUrl={logo ? mediaUrl(logo.fileName) : null} firmName={site.firmName} />
      <SettingsForm action={saveSettings} initial={settingsValues(site)} maxLengths={settingsMaxLengths()} />
    </div>
  );
}
