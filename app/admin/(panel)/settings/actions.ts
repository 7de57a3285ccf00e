"use server";

import { writeSettingValues } from "@/db/settings";
import { requireActionUser } from "@/lib/auth";
import { refreshPublicPages } from "@/lib/public-pages";
import type { FormState } from "@/lib/form-state";
import { parseSettingsForm, type SettingsField } from "@/lib/settings-form";

/** Owner only: saves the firm's details; nothing is saved unless every field is valid. */
export async function saveSettings(_state: FormState<SettingsField>, form: FormData): Promise<FormState<SettingsField>> {
  await requireActionUser({ role: "owner" });
  const result = parseSettingsForm(form);
  if (!result.ok) return result.state;
  writeSettingValues(result.settings);
  refreshPublicPages();
  return { ok: true, message: "Settings saved. The public site shows them now.", values: result.values };
}
