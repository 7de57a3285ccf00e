"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { revokeUserSessions } from "@/db/sessions";
import { countActiveOwners, createUser, findUserByEmail, findUserById, setPasswordHash, setPublishesDirectly, setUserActive } from "@/db/users";
import { requireActionUser } from "@/lib/accounts/auth";
import { newAccountSchema } from "@/lib/accounts/first-user";
import { fieldErrors, typedValues, type FormState } from "@/lib/forms/form-state";
import { weakPasswordReason } from "@/lib/accounts/password-rules";
import { hashPassword, passwordSchema } from "@/lib/accounts/passwords";

const userId = z.coerce.number().int().positive();

/** Owner only: a new editor (posts only), with a password the owner passes on. */
export async function addEditor(_state: FormState, form: FormData): Promise<FormState> {
  await requireActionUser({ role: "owner" });
  const parsed = newAccountSchema.safeParse({ name: form.get("name"), email: form.get("email"), password: form.get("password") });
  const values = typedValues(form, ["name", "email"]);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  if (findUserByEmail(parsed.data.email)) return { errors: { email: "There is already an account with this email." }, values };
  createUser({ name: parsed.data.name, email: parsed.data.email, passwordHash: await hashPassword(parsed.data.password), role: "editor" });
  revalidatePath("/admin/users");
  return { ok: true, message: `Added ${parsed.data.email} as an editor.` };
}

/** Owner only: sets a new password for a user and ends that user's sessions. */
export async function resetPassword(_state: FormState, form: FormData): Promise<FormState> {
  await requireActionUser({ role: "owner" });
  const parsed = z.object({ userId, password: passwordSchema }).safeParse({ userId: form.get("userId"), password: form.get("password") });
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  const target = findUserById(parsed.data.userId);
  if (!target?.passwordHash) return { message: "No such account." };
  const weak = weakPasswordReason(parsed.data.password, target);
  if (weak) return { errors: { password: weak } };
  setPasswordHash(target.id, await hashPassword(parsed.data.password));
  revokeUserSessions(target.id);
  return { ok: true, message: `New password set for ${target.email}; their sessions were ended.` };
}

/**
 * Owner only: deactivates an account (ending its sessions) or reactivates it. Refuses,
 * saying why, for your own account, the last active owner and an account that is not there.
 */
export async function setAccountActive(_state: FormState, form: FormData): Promise<FormState> {
  const owner = await requireActionUser({ role: "owner" });
  const parsed = z.object({ userId, active: z.enum(["true", "false"]) }).safeParse({ userId: form.get("userId"), active: form.get("active") });
  const target = parsed.success ? findUserById(parsed.data.userId) : undefined;
  if (!parsed.success || !target?.passwordHash) return { ok: false, message: "There is no such account. Reload the page to see the current list." };
  if (target.id === owner.id) return { ok: false, message: "You cannot deactivate your own account." };
  const active = parsed.data.active === "true";
  if (!active && target.role === "owner" && target.active && countActiveOwners() <= 1) {
    return { ok: false, message: `${target.name} is the only active owner, so the account stays active.` };
  }
  setUserActive(target.id, active);
  if (!active) revokeUserSessions(target.id);
  revalidatePath("/admin/users");
  return { ok: true, message: active ? `${target.name} can sign in again.` : `${target.name} is deactivated and was signed out everywhere.` };
}

/** Owner only: lets an editor publish without review, or sends their changes through review again. */
export async function setPublishingRights(_state: FormState, form: FormData): Promise<FormState> {
  await requireActionUser({ role: "owner" });
  const parsed = z.object({ userId, publishesDirectly: z.enum(["true", "false"]) }).safeParse({ userId: form.get("userId"), publishesDirectly: form.get("publishesDirectly") });
  const target = parsed.success ? findUserById(parsed.data.userId) : undefined;
  if (!parsed.success || !target || target.role !== "editor") return { ok: false, message: "There is no such editor. Reload the page to see the current list." };
  const direct = parsed.data.publishesDirectly === "true";
  setPublishesDirectly(target.id, direct);
  revalidatePath("/admin/users");
  return { ok: true, message: direct ? `${target.name} publishes without review now.` : `${target.name}'s changes go to you for review again.` };
}
