// Saving a profile from its form, for "Your account" and the owner's Profiles page alike.
import "server-only";
import { createProfile, findProfileById, updateProfile, type Profile } from "@/db/profiles";
import type { FormState } from "@/lib/forms/form-state";
import { parseProfileForm, profileValues, type ProfileField } from "./profile-form";
import { refreshPublicPages } from "@/lib/http/public-pages";
import { storeUploadedImage } from "@/lib/media/uploaded-image";

/**
 * Saves profile `id` (undefined: a new profile with no account) from a posted form, with a
 * new photo when one was chosen ("photo") or none when "removePhoto" is ticked. Bylines,
 * the lawyer's page and the About page show it at once.
 */
export async function saveProfileForm(id: number | undefined, form: FormData, userId: number): Promise<{ state: FormState<ProfileField>; profile?: Profile }> {
  const current = id === undefined ? undefined : findProfileById(id);
  if (id !== undefined && !current) return { state: { message: "This profile no longer exists." } };
  const removePhoto = form.get("removePhoto") === "yes";
  const choosing = form.get("photo") instanceof File && (form.get("photo") as File).size > 0;
  const parsed = parseProfileForm(form, choosing || (!removePhoto && Boolean(current?.photoMediaId)));
  if (!parsed.ok) return { state: parsed.state };
  let photoMediaId = removePhoto ? null : (current?.photoMediaId ?? null);
  const stored = await storeUploadedImage(form, "photo", userId);
  if (stored.ok === false) return { state: { errors: { photo: stored.error }, values: profileValues({ ...parsed.profile }), message: "Nothing was saved: please fix the fields marked below." } };
  if (stored.ok === true) photoMediaId = stored.media.id;
  const fields = { ...parsed.profile, photoMediaId };
  let profile: Profile;
  if (current) {
    updateProfile(current.id, fields);
    profile = findProfileById(current.id)!;
  } else {
    profile = createProfile(fields);
  }
  refreshPublicPages();
  return { state: { ok: true, message: "Profile saved. The public site shows it now.", values: profileValues(profile) }, profile };
}
