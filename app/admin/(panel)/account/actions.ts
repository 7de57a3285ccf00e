"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { AuthenticatorSetup } from "@/components/admin/account/two-factor-settings";
import { profileForUser } from "@/db/profiles";
import { listPasskeys, removePasskey, removeTotp, replaceRecoveryCodes, secondFactorsOf } from "@/db/second-factors";
import { revokeSessionOf, revokeUserSessions } from "@/db/sessions";
import { findUserById, setPasswordHash } from "@/db/users";
import { requireActionUser, type SessionUser } from "@/lib/accounts/auth";
import { fieldErrors, type FormState } from "@/lib/forms/form-state";
import { passkeyRegistrationOptions, registerPasskey } from "@/lib/accounts/passkeys";
import { newPasswordProblem } from "@/lib/accounts/password-rules";
import { hashPassword, passwordSchema } from "@/lib/accounts/passwords";
import { noticeSecurityChange } from "@/lib/accounts/security-notices";
import { confirmIdentity, currentPasswordProblem, stepUpProblem } from "@/lib/accounts/step-up";
import type { ProfileField } from "@/lib/site/profile-form";
import { saveProfileForm } from "@/lib/site/profile-save";
import { authorizePublicChange } from "@/lib/publishing/public-change";
import { confirmTotpEnrollment, newRecoveryCodes, recoveryCodeHash, startTotpEnrollment } from "@/lib/accounts/second-factor";
import { getSiteSettings } from "@/lib/site/settings";
import { qrCodePath } from "@/lib/site/qr-code";

const schema = z.object({ currentPassword: z.string().max(128), newPassword: passwordSchema });

/** "Confirm it's you": the current password or a code from the app, so this session may change the account's security for a few minutes. */
export async function confirmItsYou(_state: FormState, form: FormData): Promise<FormState> {
  const user = await requireActionUser();
  const secret = z.string().min(1, "Enter your current password.").max(128).safeParse(form.get("secret"));
  if (!secret.success) return { errors: { secret: secret.error.issues[0]!.message } };
  const wrong = await confirmIdentity(user, secret.data);
  if (wrong) return { errors: { secret: wrong } };
  revalidatePath("/admin/account");
  return { ok: true, message: "Thank you. For the next 10 minutes you can change your second factors and recovery codes." };
}

/** Changes your own password and ends your other sessions (this one stays). */
export async function changePassword(_state: FormState, form: FormData): Promise<FormState> {
  const user = await requireActionUser();
  const parsed = schema.safeParse({ currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword") });
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  const wrong = await currentPasswordProblem(user, parsed.data.currentPassword);
  if (wrong) return { errors: { currentPassword: wrong } };
  const account = findUserById(user.id)!;
  const weak = await newPasswordProblem(parsed.data.newPassword, account);
  if (weak) return { errors: { newPassword: weak } };
  setPasswordHash(user.id, await hashPassword(parsed.data.newPassword));
  revokeUserSessions(user.id, user.sessionId);
  noticeSecurityChange(user.id, "password-changed");
  return { ok: true, message: "Password changed. You were signed out everywhere else." };
}

/** Your own public profile (byline, lawyer's page, About page). */
export async function saveOwnProfile(_state: FormState<ProfileField>, form: FormData): Promise<FormState<ProfileField>> {
  const authority = await authorizePublicChange();
  return (await saveProfileForm(profileForUser(authority.user.id).id, form, authority)).state;
}

/** Ends one of your sessions (another device). */
export async function endSession(_state: FormState, form: FormData): Promise<FormState> {
  const user = await requireActionUser();
  const id = z.string().min(1).max(64).safeParse(form.get("sessionId"));
  if (!id.success || id.data === user.sessionId || !revokeSessionOf(user.id, id.data)) {
    return { ok: false, message: "That session has already ended. Reload the page to see the current list." };
  }
  revalidatePath("/admin/account");
  return { ok: true, message: "Signed out that session." };
}

/** Ends every session of yours but this one. */
export async function endOtherSessions(): Promise<FormState> {
  const user = await requireActionUser();
  revokeUserSessions(user.id, user.sessionId);
  revalidatePath("/admin/account");
  return { ok: true, message: "Signed out everywhere else." };
}


/** Step 1 of adding an authenticator app: a new secret, as a QR code and as text. */
export async function startAuthenticatorSetup(): Promise<AuthenticatorSetup> {
  const user = await requireActionUser();
  const stale = stepUpProblem(user);
  if (stale) return { ok: false, message: stale };
  const { secret, uri } = startTotpEnrollment(user.id, user.email, getSiteSettings().firmName);
  return { secret, qr: qrCodePath(uri) };
}

/** Step 2: the first code from the app turns it on; the recovery codes are shown once. */
export async function confirmAuthenticatorSetup(state: AuthenticatorSetup, form: FormData): Promise<AuthenticatorSetup> {
  const user = await requireActionUser();
  const stale = stepUpProblem(user);
  if (stale) return { ...state, ok: false, message: stale };
  const code = z.string().trim().max(20).safeParse(form.get("code"));
  const recoveryCodes = code.success ? confirmTotpEnrollment(user.id, code.data) : undefined;
  if (!recoveryCodes) return { ...state, errors: { code: "That code didn’t match. Enter the 6-digit code your app shows now." } };
  noticeSecurityChange(user.id, "authenticator-added");
  revalidatePath("/admin/account");
  return { ok: true, message: "Your authenticator app is on. Keep these recovery codes somewhere safe.", recoveryCodes };
}

/** The owner keeps a second factor once enrolled; an editor may drop one after giving the password. */
function mayRemoveFactor(user: SessionUser, remainingAfter: number): string | undefined {
  if (user.role === "owner" && remainingAfter === 0) return "The owner’s account keeps a second factor. Add another one before removing this one.";
  return undefined;
}

export async function removeAuthenticator(_state: FormState, form: FormData): Promise<FormState> {
  const user = await requireActionUser();
  const factors = secondFactorsOf(user.id);
  const refused = mayRemoveFactor(user, factors.passkeys);
  if (refused) return { ok: false, message: refused };
  const wrong = await currentPasswordProblem(user, String(form.get("currentPassword") ?? "").slice(0, 128));
  if (wrong) return { ok: false, errors: { currentPassword: wrong } };
  removeTotp(user.id);
  if (factors.passkeys === 0) replaceRecoveryCodes(user.id, []);
  noticeSecurityChange(user.id, "authenticator-removed");
  revalidatePath("/admin/account");
  return { ok: true, message: "The authenticator app was removed." };
}

/** New recovery codes (the old ones stop working). */
export async function renewRecoveryCodes(): Promise<AuthenticatorSetup> {
  const user = await requireActionUser();
  const stale = stepUpProblem(user);
  if (stale) return { ok: false, message: stale };
  const factors = secondFactorsOf(user.id);
  if (!factors.totp && factors.passkeys === 0) return { ok: false, message: "Add a second factor first." };
  const codes = newRecoveryCodes();
  replaceRecoveryCodes(user.id, codes.map(recoveryCodeHash));
  noticeSecurityChange(user.id, "recovery-codes-renewed");
  revalidatePath("/admin/account");
  return { ok: true, message: "New recovery codes. The old ones no longer work.", recoveryCodes: codes };
}

/** Options for the browser to create a passkey (the challenge is kept in this process for five minutes). */
export async function startPasskeySetup(): ReturnType<typeof passkeyRegistrationOptions> {
  const user = await requireActionUser();
  const stale = stepUpProblem(user);
  if (stale) return { message: stale };
  return passkeyRegistrationOptions(user, getSiteSettings().firmName);
}

/** Keeps the passkey the browser created; the first second factor also brings recovery codes. */
export async function finishPasskeySetup(challengeId: string, response: unknown, name: string): Promise<AuthenticatorSetup> {
  const user = await requireActionUser();
  const stale = stepUpProblem(user);
  if (stale) return { ok: false, message: stale };
  const label = z.string().trim().min(1).max(60).catch("Passkey").parse(name);
  const before = secondFactorsOf(user.id);
  const parsed = z.looseObject({ id: z.string().max(1500), rawId: z.string().max(1500), type: z.literal("public-key"), response: z.looseObject({ clientDataJSON: z.string().max(10_000), attestationObject: z.string().max(50_000) }) }).safeParse(response);
  if (!parsed.success || !(await registerPasskey(user.id, challengeId, parsed.data as never, label))) {
    return { ok: false, message: "The passkey could not be added. Try again." };
  }
  noticeSecurityChange(user.id, "passkey-added");
  revalidatePath("/admin/account");
  if (!before.totp && before.passkeys === 0) {
    const codes = newRecoveryCodes();
    replaceRecoveryCodes(user.id, codes.map(recoveryCodeHash));
    return { ok: true, message: "Passkey added. Keep these recovery codes somewhere safe.", recoveryCodes: codes };
  }
  return { ok: true, message: "Passkey added." };
}

export async function deletePasskey(_state: FormState, form: FormData): Promise<FormState> {
  const user = await requireActionUser();
  const stale = stepUpProblem(user);
  if (stale) return { ok: false, message: stale };
  const id = z.string().min(1).max(1500).safeParse(form.get("passkeyId"));
  const factors = secondFactorsOf(user.id);
  const refused = mayRemoveFactor(user, factors.passkeys - 1 + (factors.totp ? 1 : 0));
  if (refused) return { ok: false, message: refused };
  if (!id.success || !listPasskeys(user.id).some((key) => key.id === id.data)) return { ok: false, message: "That passkey is already gone. Reload the page." };
  removePasskey(user.id, id.data);
  if (!factors.totp && factors.passkeys === 1) replaceRecoveryCodes(user.id, []);
  noticeSecurityChange(user.id, "passkey-removed");
  revalidatePath("/admin/account");
  return { ok: true, message: "Passkey removed." };
}
