"use server";

import { writeSettingValues } from "@/db/settings";
import type { FormState } from "@/lib/forms/form-state";
import { refreshPublicPages } from "@/lib/http/public-pages";
import { parseSpanishSettingsForm, type SpanishSettingsField } from "@/lib/i18n/spanish-settings-form";
import { missingSpanishNotices } from "@/lib/i18n/spanish-settings";
import { authorizePublicChange } from "@/lib/publishing/public-change";
import { getSpanishSettings } from "@/lib/site/settings";

/** Owner only: the Spanish home page words and notices; nothing is saved unless every field is valid. */
export async function saveSpanishSettings(_state: FormState<SpanishSettingsField>, form: FormData): Promise<FormState<SpanishSettingsField>> {
  await authorizePublicChange({ role: "owner" });
  const result = parseSpanishSettingsForm(form, getSpanishSettings());
  if (!result.ok) return result.state;
  writeSettingValues(result.settings);
  refreshPublicPages();
  const missing = missingSpanishNotices(result.settings);
  const values = Object.fromEntries(Object.entries(result.settings).filter(([key]) => key !== "esConsentVersion"));
  return {
    ok: true,
    message: missing.length ? `Saved. Still missing in Spanish, so not shown on the Spanish site: ${missing.join("; ")}.` : "Saved. The Spanish site shows every notice now.",
    values,
  };
}
