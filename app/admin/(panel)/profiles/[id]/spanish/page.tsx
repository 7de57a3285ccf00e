import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProfileTranslationForm } from "@/components/admin/profile-translation-form";
import { findProfileForEdit } from "@/db/profiles";
import { loadProfileTranslation } from "@/db/translations/profile-translations";
import { requireUser } from "@/lib/accounts/auth";
import { parseId } from "@/lib/http/url-params";
import { attorneyPaths } from "@/lib/posts/post-paths";
import { profilePageTitle } from "@/lib/site/admin-page-titles";
import { deleteSpanishProfile, saveSpanishProfile } from "./actions";

export async function generateMetadata({ params }: PageProps<"/admin/profiles/[id]/spanish">): Promise<Metadata> {
  return { title: await profilePageTitle((await params).id, "Spanish bio") };
}

// Owner only, as the profile: a lawyer's bio in Spanish, written by the firm, never by a machine.
export default async function SpanishProfilePage({ params }: PageProps<"/admin/profiles/[id]/spanish">) {
  const { id } = await params;
  await requireUser({ returnTo: `/admin/profiles/${encodeURIComponent(id)}/spanish`, role: "owner" });
  const profileId = parseId(id);
  const found = profileId === undefined ? undefined : findProfileForEdit(profileId);
  if (!found) notFound();
  const { profile } = found;
  const translation = loadProfileTranslation(profile.id, "es");
  const spanishPath = attorneyPaths(profile.slug).es;
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href={`/admin/profiles/${profile.id}`} className="text-brand-800 underline">
          Back to the profile
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">Spanish bio of {profile.displayName}</h1>
      {translation?.needsUpdate && (
        <p role="status" className="rounded-md border border-amber-600 bg-amber-50 p-3 font-medium text-amber-950">
          Needs update: the English bio changed after this Spanish bio was last saved. Check it against the English, then save it.
        </p>
      )}
      {!translation && <p className="text-slate-700">No Spanish bio yet: the Spanish site has no page for {profile.displayName}, and Spanish bylines lead to the English page.</p>}
      {translation && profile.listed && (
        <p className="text-slate-700">
          Spanish page:{" "}
          <a href={spanishPath} className="text-brand-800 underline">
            {spanishPath}
          </a>
        </p>
      )}
      {translation && !profile.listed && <p className="text-slate-700">This profile is not on the About page, so neither its English nor its Spanish page is public.</p>}
      <ProfileTranslationForm
        profileId={profile.id}
        exists={Boolean(translation)}
        initial={{ title: translation?.title ?? "", bio: translation?.bio ?? "" }}
        save={saveSpanishProfile}
        remove={deleteSpanishProfile}
      />
      <details className="rounded-md border border-slate-300 p-4">
        <summary className="cursor-pointer font-medium">The English bio, to translate from</summary>
        <p className="mt-3 whitespace-pre-line text-sm text-slate-800">{profile.bio || "(The English bio is empty.)"}</p>
      </details>
    </div>
  );
}
