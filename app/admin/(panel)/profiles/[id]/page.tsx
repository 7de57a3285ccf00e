import { attorneyPath } from "@/lib/posts/post-paths";
import type { Metadata } from "next";
import Link from "next/link";
import { FormMessage } from "@/components/ui/form-message";
import { notFound } from "next/navigation";
import { ProfileForm } from "@/components/admin/profile-form";
import { TranslationMark } from "@/components/admin/translation-mark";
import { findProfileForEdit } from "@/db/profiles";
import { loadProfileTranslation } from "@/db/translations/profile-translations";
import { profilePageTitle } from "@/lib/site/admin-page-titles";
import { requireUser } from "@/lib/accounts/auth";
import { mediaUrl } from "@/lib/media/media-storage";
import { profileValues } from "@/lib/site/profile-form";
import { parseId } from "@/lib/http/url-params";
import { saveProfile } from "../actions";

export async function generateMetadata({ params }: PageProps<"/admin/profiles/[id]">): Promise<Metadata> {
  const { id } = await params;
  return { title: await profilePageTitle(id, "Edit profile") };
}

/** Owner only: any lawyer's profile. */
export default async function EditProfilePage({ params, searchParams }: PageProps<"/admin/profiles/[id]">) {
  const { id } = await params;
  await requireUser({ returnTo: `/admin/profiles/${encodeURIComponent(id)}`, role: "owner" });
  const profileId = parseId(id);
  const found = profileId === undefined ? undefined : findProfileForEdit(profileId);
  if (!found) notFound();
  const { profile, photoFileName } = found;
  const added = (await searchParams).added === "1";
  return (
    <div className="max-w-2xl space-y-6">
      <p>
        <Link href="/admin/profiles" className="text-brand-800 underline">
          Back to profiles
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">{profile.displayName}</h1>
      <TranslationMark href={`/admin/profiles/${profile.id}/spanish`} state={loadProfileTranslation(profile.id, "es")} />
      {added && (
        <FormMessage ok>
          Profile added. You can choose {profile.displayName} as the author of a post now.
        </FormMessage>
      )}
      <ProfileForm
        action={saveProfile}
        profileId={profile.id}
        initial={profileValues(profile)}
        photoUrl={photoFileName ? mediaUrl(photoFileName) : null}
        publicPath={attorneyPath(profile.slug)}
      />
    </div>
  );
}
