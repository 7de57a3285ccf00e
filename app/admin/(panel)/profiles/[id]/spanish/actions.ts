"use server";

import { z } from "zod";
import { findProfileById } from "@/db/profiles";
import { deleteProfileTranslation, saveProfileTranslation } from "@/db/translations/profile-translations";
import type { FormState } from "@/lib/forms/form-state";
import { refreshPublicPages } from "@/lib/http/public-pages";
import { authorizePublicChange, restrictedWarning } from "@/lib/publishing/public-change";
import { parseProfileTranslationForm, type ProfileTranslationField } from "@/lib/site/profile-translation-form";

const profileId = z.coerce.number().int().positive();

/** Owner only, as the profile itself: saves profile "profileId"'s Spanish title and bio (its Spanish page is public at once for a listed lawyer). */
export async function saveSpanishProfile(_state: FormState<ProfileTranslationField>, form: FormData): Promise<FormState<ProfileTranslationField>> {
  // 401 without a session, 403 for anyone but the owner (who always applies: no proposal to queue).
  await authorizePublicChange({ role: "owner" });
  const id = profileId.safeParse(form.get("profileId"));
  if (!id.success || !findProfileById(id.data)) return { message: "This profile no longer exists." };
  const parsed = parseProfileTranslationForm(form);
  if (!parsed.ok) return parsed.state;
  if (!saveProfileTranslation(id.data, "es", parsed.draft)) return { message: "This profile no longer exists." };
  refreshPublicPages();
  const warning = restrictedWarning([
    { field: "title", label: "Spanish title", text: parsed.draft.title },
    { field: "bio", label: "Spanish bio", text: parsed.draft.bio },
  ]);
  return { ok: true, message: `Spanish bio saved. It now follows the English bio as it is.${warning ? ` ${warning}` : ""}`, values: parsed.draft };
}

/** Owner only: removes profile "profileId"'s Spanish version (its Spanish page goes with it). */
export async function deleteSpanishProfile(_state: FormState, form: FormData): Promise<FormState> {
  await authorizePublicChange({ role: "owner" });
  const id = profileId.safeParse(form.get("profileId"));
  if (!id.success) return { message: "This profile no longer exists." };
  deleteProfileTranslation(id.data, "es");
  refreshPublicPages();
  return { ok: true, message: "The Spanish bio was removed: the lawyer has no Spanish page now." };
}
