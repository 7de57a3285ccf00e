// The Spanish settings' form (/admin/settings/spanish): its fields, and the stored values
// its answer makes. Server side: a new consent text gets a new version, as the English does.
import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { fieldErrors, typedValues } from "@/lib/forms/form-state";
import { spanishSettingsSchema, type SpanishSettings } from "./spanish-settings";

export const SPANISH_SETTINGS_FIELDS = ["esTagline", "esIntro", "esResponsePromise", "esAfterHoursInstructions", "esSiteDisclaimer", "esPostDisclaimer", "esConsentText"] as const;
export type SpanishSettingsField = (typeof SPANISH_SETTINGS_FIELDS)[number];

export function parseSpanishSettingsForm(form: FormData, current: SpanishSettings, now = new Date()): { ok: true; settings: SpanishSettings } | { ok: false; state: FormState<SpanishSettingsField> } {
  const values = typedValues(form, SPANISH_SETTINGS_FIELDS);
  const normalized = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.replace(/\r\n?/g, "\n").trim()]));
  const parsed = spanishSettingsSchema.omit({ esConsentVersion: true }).safeParse(normalized);
  if (!parsed.success) return { ok: false, state: { errors: fieldErrors<SpanishSettingsField>(parsed.error), values } };
  const changed = parsed.data.esConsentText !== current.esConsentText;
  return { ok: true, settings: { ...parsed.data, esConsentVersion: changed ? (parsed.data.esConsentText ? now.toISOString().slice(0, 16).replace("T", " ") : "") : current.esConsentVersion } };
}
