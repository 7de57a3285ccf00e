// Saving a profile from its form, for "Your account" and the owner's Profiles page alike.
import "server-only";
import { createProfile, findProfileById, updateProfile, type Profile } from "@/db/profiles";
import { proposeChange } from "@/db/proposed-changes";
import type { PublicChangeAuthority } from "@/lib/publishing/public-change";
import { PROPOSED_MESSAGE, restrictedWarning } from "@/lib/publishing/public-change";
import type { FormState } from "@/lib/forms/form-state";
import { parseProfileForm, profileValues, type ProfileField } from "./profile-form";
import { refreshPublicPages } from "@/lib/http/public-pages";
import { storeUploadedImage } from "@/lib/media/uploaded-image";

/**
 * Saves profile `id` (undefined: a new profile with no account) from a posted form, with a
 * new photo when one was chosen ("photo") or none when "removePhoto" is ticked. Bylines,
 * the lawyer's page and the About page show it at once, when `authority` applies; from an
 * editor without publishing rights it is proposed to the owner instead. Either way the
 * title and bio go through the restricted-words check, and its findings are shown.
 */
export async function saveProfileForm(id: number | undefined, form: FormData, authority: PublicChangeAuthority): Promise<{ state: FormState<ProfileField>; profile?: Profile }> {
  const userId = authority.user.id;
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
  const warning = restrictedWarning(
    [
      { field: "displayName", label: "name", text: fields.displayName },
      { field: "title", label: "title", text: fields.title },
      { field: "bio", label: "bio", text: fields.bio },
    ],
    fields.certifications.length > 0,
  );
  const note = warning ? ` ${warning}` : "";
  if (!authority.applies) {
    // Only the owner adds profiles; an editor's own profile is an update.
    if (!current) return { state: { ok: false, message: "Only the owner adds profiles." } };
    proposeChange({ kind: "profile", targetId: current.id, payload: fields, userId });
    return { state: { ok: true, message: `${PROPOSED_MESSAGE}${note}`, values: profileValues(fields) } };
  }
  let profile: Profile;
  if (current) {
    updateProfile(current.id, fields);
    profile = findProfileById(current.id)!;
  } else {
    profile = createProfile(fields);
  }
  refreshPublicPages();
  return { state: { ok: true, message: `Profile saved. The public site shows it now.${note}`, values: profileValues(profile) }, profile };
}
