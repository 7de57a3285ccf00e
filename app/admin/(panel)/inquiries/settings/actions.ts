"use server";

import { writeSettingValues } from "@/db/settings";
import { authorizePublicChange } from "@/lib/publishing/public-change";
import type { FormState } from "@/lib/forms/form-state";
import { refreshPublicPages } from "@/lib/http/public-pages";
import { intakeSettingsValues, parseIntakeSettingsForm, type IntakeSettingsField } from "@/lib/inquiries/intake-settings-form";
import { getIntakeSettings } from "@/lib/site/settings";

/** Owner only: the intake form's counties and notice, the acknowledgement mail, retention. */
export async function saveIntakeSettings(_state: FormState<IntakeSettingsField>, form: FormData): Promise<FormState<IntakeSettingsField>> {
  await authorizePublicChange({ role: "owner" });
  const result = parseIntakeSettingsForm(form, getIntakeSettings());
  if (!result.ok) return result.state;
  writeSettingValues(result.settings);
  // The contact page is cached: its form shows the counties, the types of matter and the notice.
  refreshPublicPages();
  return { ok: true, message: `Saved. The notice is version ${result.settings.intakeConsentVersion}.`, values: intakeSettingsValues(result.settings) };
}
