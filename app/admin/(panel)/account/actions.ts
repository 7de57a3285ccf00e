"use server";

import { z } from "zod";
import { profileForUser } from "@/db/profiles";
import { revokeUserSessions } from "@/db/sessions";
import { findUserById, setPasswordHash } from "@/db/users";
import { requireActionUser } from "@/lib/auth";
import { fieldErrors, type FormState } from "@/lib/form-state";
import { hashPassword, passwordSchema, verifyPassword } from "@/lib/passwords";
import type { ProfileField } from "@/lib/profile-form";
import { saveProfileForm } from "@/lib/profile-save";

const schema = z.object({ currentPassword: z.string().max(128), newPassword: passwordSchema });

/** Changes your own password and ends your other sessions (this one stays). */
export async function changePassword(_state: FormState, form: FormData): Promise<FormState> {
  const user = await requireActionUser();
  const parsed = schema.safeParse({ currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword") });
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  const stored = findUserById(user.id)?.passwordHash;
  if (!(await verifyPassword(stored, parsed.data.currentPassword))) {
    return { errors: { currentPassword: "That is not your current password." } };
  }
  setPasswordHash(user.id, await hashPassword(parsed.data.newPassword));
  revokeUserSessions(user.id, user.sessionId);
  return { ok: true, message: "Password changed. You were signed out everywhere else." };
}

/** Your own public profile (byline, lawyer's page, About page). */
export async function saveOwnProfile(_state: FormState<ProfileField>, form: FormData): Promise<FormState<ProfileField>> {
  const user = await requireActionUser();
  return (await saveProfileForm(profileForUser(user.id).id, form, user.id)).state;
}
