import type { Metadata } from "next";
import Link from "next/link";
import { SpanishSettingsForm } from "@/components/admin/spanish-settings-form";
import { requireUser } from "@/lib/accounts/auth";
import { missingSpanishNotices } from "@/lib/i18n/spanish-settings";
import { getSpanishSettings } from "@/lib/site/settings";
import { saveSpanishSettings } from "./actions";

export const metadata: Metadata = { title: "Spanish site" };

export default async function SpanishSettingsPage() {
  await requireUser({ returnTo: "/admin/settings/spanish", role: "owner" });
  const { esConsentVersion, ...values } = getSpanishSettings();
  const missing = missingSpanishNotices({ ...values, esConsentVersion });
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Spanish site</h1>
      <p className="text-slate-700">
        The Spanish pages live under <Link href="/es" className="text-brand-800 underline">/es</Link>. Each notice is shown there only once you write it in Spanish
        here: never an English one in its place. Posts and pages get their Spanish versions from their own editor (“Add Spanish version”).
      </p>
      {missing.length > 0 ? (
        <div role="status" className="rounded-md border border-amber-600 bg-amber-50 p-4 text-amber-950">
          <p className="font-semibold">Not shown on the Spanish site until written in Spanish:</p>
          <ul className="mt-2 list-disc pl-6">
            {missing.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
          {missing.some((name) => name.startsWith("Contact form notice")) && <p className="mt-2">Without the notice, the Spanish contact page shows no form: there would be nothing to agree to.</p>}
        </div>
      ) : (
        <p className="text-slate-700">Every notice is written in Spanish. The contact form notice is on version <strong>{esConsentVersion}</strong>.</p>
      )}
      <SpanishSettingsForm action={saveSpanishSettings} initial={values} />
    </div>
  );
}
