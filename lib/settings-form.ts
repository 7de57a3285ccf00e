// The firm settings form (/admin/settings): what it shows, how long each field may be,
// and how a posted form becomes settings. The rules themselves are settingsSchema's.
import { fieldErrors, typedValues, type FormState } from "./form-state";
import { maxLengthOf } from "./schema-max-length";
import { settingsSchema, type SiteSettings } from "./settings-schema";

export type SettingsField = keyof SiteSettings;

const SETTINGS_FIELDS = Object.keys(settingsSchema.shape) as SettingsField[];

/** The settings as the form shows them: practice areas one per line. */
export function settingsValues(site: SiteSettings): Record<SettingsField, string> {
  return Object.fromEntries(
    SETTINGS_FIELDS.map((key) => {
      const value = site[key];
      return [key, Array.isArray(value) ? value.join("\n") : String(value)];
    }),
  ) as Record<SettingsField, string>;
}

/** Each field's maxLength in the form, read from the schema so the limits have one home. */
export function settingsMaxLengths(): Partial<Record<SettingsField, number>> {
  return Object.fromEntries(SETTINGS_FIELDS.map((key) => [key, maxLengthOf(settingsSchema.shape[key])]));
}

/** Reads the posted form into settings; nothing is valid unless every field is. */
export function parseSettingsForm(
  form: FormData,
): { ok: true; settings: SiteSettings; values: Record<SettingsField, string> } | { ok: false; state: FormState<SettingsField> } {
  const values = typedValues(form, SETTINGS_FIELDS);
  const parsed = settingsSchema.safeParse({
    ...values,
    practiceAreas: values.practiceAreas.split("\n").map((line) => line.trim()).filter(Boolean),
  });
  if (!parsed.success) {
    return { ok: false, state: { errors: fieldErrors<SettingsField>(parsed.error), values, message: "Nothing was saved: please fix the fields marked below." } };
  }
  return { ok: true, settings: parsed.data, values };
}
