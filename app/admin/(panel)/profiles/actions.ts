"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { findProfileById } from "@/db/profiles";
import { authorizePublicChange } from "@/lib/publishing/public-change";
import type { FormState } from "@/lib/forms/form-state";
import type { ProfileField } from "@/lib/site/profile-form";
import { saveProfileForm } from "@/lib/site/profile-save";

/** Owner only (editors edit their own under Your account): saves profile "profileId". */
export async function saveProfile(_state: FormState<ProfileField>, form: FormData): Promise<FormState<ProfileField>> {
  const authority = await authorizePublicChange({ role: "owner" });
  const id = z.coerce.number().int().positive().safeParse(form.get("profileId"));
  if (!id.success || !findProfileById(id.data)) return { message: "This profile no longer exists." };
  return (await saveProfileForm(id.data, form, authority)).state;
}

/** Owner only: a profile for a lawyer who does not sign in (a byline, a page of their own). */
export async function addProfile(_state: FormState<ProfileField>, form: FormData): Promise<FormState<ProfileField>> {
  const authority = await authorizePublicChange({ role: "owner" });
  const { state, profile } = await saveProfileForm(undefined, form, authority);
  if (profile) redirect(`/admin/profiles/${profile.id}?added=1`);
  return state;
}
