import type { Metadata } from "next";
import { ScrollBox } from "@/components/ui/scroll-box";
import Link from "next/link";
import { ProfileForm } from "@/components/admin/profile-form";
import { TranslationMark } from "@/components/admin/translation-mark";
import { ensureAccountProfiles, listProfiles } from "@/db/profiles";
import { profileTranslationStates } from "@/db/translations/profile-translations";
import { requireUser } from "@/lib/accounts/auth";
import { profileValues } from "@/lib/site/profile-form";
import { addProfile } from "./actions";

export const metadata: Metadata = { title: "Profiles" };

/** Owner only: every lawyer's public profile, those with an account and those without. */
export default async function ProfilesPage() {
  await requireUser({ returnTo: "/admin/profiles", role: "owner" });
  // An account added since start-up gets its profile before the list is read.
  ensureAccountProfiles();
  const profiles = listProfiles();
  const spanish = profileTranslationStates("es");
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-2xl font-bold text-brand-900">Profiles</h1>
      <p className="text-slate-700">The names on bylines and the lawyers&apos; pages. Everyone who signs in edits their own under Your account.</p>
      <ScrollBox label="Profiles">
                <table className="w-full border-collapse text-left">
          <caption className="sr-only">Profiles</caption>
          <thead>
            <tr className="border-b border-slate-300 text-sm text-slate-700">
              <th scope="col" className="py-2 pr-4">Name</th>
              <th scope="col" className="py-2 pr-4">Signs in as</th>
              <th scope="col" className="py-2">On the About page</th>
            </tr>
          </thead>
          <tbody>
            {profiles.map((p) => (
              <tr key={p.id} className="border-b border-slate-200">
                <td className="py-3 pr-4">
                  <Link href={`/admin/profiles/${p.id}`} className="font-medium text-brand-800 underline">
                    {p.displayName}
                  </Link>
                  {p.title && <span className="block text-sm text-slate-700">{p.title}</span>}
                  <TranslationMark href={`/admin/profiles/${p.id}/spanish`} state={spanish.get(p.id)} />
                </td>
                <td className="py-3 pr-4 text-sm text-slate-700">{p.email ?? "No account"}</td>
                <td className="py-3 text-sm text-slate-700">{p.listed ? "Yes" : "No"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <section aria-labelledby="add-heading" className="space-y-4 border-t border-slate-200 pt-6">
        <h2 id="add-heading" className="text-xl font-semibold text-brand-900">
          Add a profile
        </h2>
        <p className="text-slate-700">For a lawyer of the firm who does not sign in: you can then choose them as the author of a post.</p>
        <ProfileForm
          action={addProfile}
          initial={profileValues({ displayName: "", title: "", bio: "", barAdmissions: [], languages: [], certifications: [], publicEmail: "", photoAlt: "", listed: true })}
          photoUrl={null}
          submitLabel="Add profile"
        />
      </section>
    </div>
  );
}
