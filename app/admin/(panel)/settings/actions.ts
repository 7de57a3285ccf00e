"use server";

import { writeSettingValues } from "@/db/settings";
import { authorizePublicChange } from "@/lib/publishing/public-change";
import type { FormState } from "@/lib/forms/form-state";
import { refreshPublicPages } from "@/lib/http/public-pages";
import { parseSettingsForm, type SettingsField } from "@/lib/site/settings-form";
import { storeUploadedImage } from "@/lib/media/uploaded-image";

/** Owner only: saves the firm's details; nothing is saved unless every field is valid. */
export async function saveSettings(_state: FormState<SettingsField>, form: FormData): Promise<FormState<SettingsField>> {
  await authorizePublicChange({ role: "owner" });
  const result = parseSettingsForm(form);
  if (!result.ok) return result.state;
  writeSettingValues(result.settings);
  refreshPublicPages();
  return { ok: true, message: "Settings saved. The public site shows them now.", values: result.values };
}

/** Owner only: a new logo (field "logo") for the header and the site's icon, or none ("remove"). */
export async function saveLogo(_state: FormState<"logo">, form: FormData): Promise<FormState<"logo">> {
  const { user } = await authorizePublicChange({ role: "owner" });
  if (form.get("remove") === "yes") {
    writeSettingValues({ logoMediaId: null });
    refreshPublicPages();
    return { ok: true, message: "The logo was removed: the site shows the firm's name and initials again." };
  }
  const stored = await storeUploadedImage(form, "logo", user.id);
  if (stored.ok === "none") return { errors: { logo: "Choose an image file." } };
  if (!stored.ok) return { errors: { logo: stored.error } };
  writeSettingValues({ logoMediaId: stored.media.id });
  refreshPublicPages();
  return { ok: true, message: "Logo saved. The public site shows it now." };
}
