// The firm settings form (/admin/settings): what it shows, how long each field may be,
// and how a posted form becomes settings. The rules themselves are settingsSchema's.
import { fieldErrors, typedValues, type FormState } from "@/lib/forms/form-state";
import { WEEK_DAYS, type OpeningHours } from "./opening-hours";
import { maxLengthOf } from "@/lib/forms/schema-max-length";
import { settingsSchema, type SiteSettings } from "./settings-schema";

export type SettingsField = keyof SiteSettings;

const SETTINGS_FIELDS = Object.keys(settingsSchema.shape) as SettingsField[];
/** Typed one per line in the form. */
const LIST_FIELDS = ["practiceAreas", "socialLinks", "restrictedWords", "pastResultPhrases", "searchSynonyms", "legalese"] as const satisfies SettingsField[];

/** The opening-hours inputs of one day: `opens-mon`, `closes-mon`; both empty is a closed day. */
export const opensField = (day: string) => `opens-${day}`;
export const closesField = (day: string) => `closes-${day}`;

/** The opening hours as the form carries them between requests: "mon 08:30 17:30" per line (empty times for a half-typed day). */
function encodeHours(hours: { day: string; opens: string; closes: string }[]): string {
  return hours.map((h) => `${h.day} ${h.opens} ${h.closes}`.trimEnd()).join("\n");
}

/** The typed opening hours back from their encoded form, by day: what each time input shows. */
export function decodeHours(text: string): Record<string, { opens: string; closes: string }> {
  const days: Record<string, { opens: string; closes: string }> = {};
  for (const line of text.split("\n")) {
    const [day = "", opens = "", closes = ""] = line.split(" ");
    if (day) days[day] = { opens, closes };
  }
  return days;
}

/** The settings as the form shows them: lists one per line. */
export function settingsValues(site: SiteSettings): Record<SettingsField, string> {
  return Object.fromEntries(
    SETTINGS_FIELDS.map((key) => {
      if (key === "openingHours") return [key, encodeHours(site.openingHours)];
      const value = site[key];
      return [key, Array.isArray(value) ? value.join("\n") : String(value)];
    }),
  ) as Record<SettingsField, string>;
}

/** Each field's maxLength in the form, read from the schema so the limits have one home. */
export function settingsMaxLengths(): Partial<Record<SettingsField, number>> {
  return Object.fromEntries(SETTINGS_FIELDS.map((key) => [key, maxLengthOf(settingsSchema.shape[key])]));
}

const lines = (text: string) => text.split("\n").map((line) => line.trim()).filter(Boolean);

/** Reads the posted form into settings; nothing is valid unless every field is. */
export function parseSettingsForm(
  form: FormData,
): { ok: true; settings: SiteSettings; values: Record<SettingsField, string> } | { ok: false; state: FormState<SettingsField> } {
  const typed = WEEK_DAYS.map((day) => ({ day, opens: String(form.get(opensField(day)) ?? "").trim(), closes: String(form.get(closesField(day)) ?? "").trim() }));
  const values = { ...typedValues(form, SETTINGS_FIELDS), openingHours: encodeHours(typed.filter((d) => d.opens || d.closes)) };
  const halfTyped = typed.find((d) => (d.opens === "") !== (d.closes === ""));
  const openingHours: OpeningHours = typed.filter((d) => d.opens && d.closes);
  const parsed = settingsSchema.safeParse({
    ...values,
    openingHours,
    ...Object.fromEntries(LIST_FIELDS.map((key) => [key, lines(values[key])])),
  });
  if (!parsed.success || halfTyped) {
    const errors = parsed.success ? {} : fieldErrors<SettingsField>(parsed.error);
    if (halfTyped) errors.openingHours ??= "Enter both times for an open day, or neither for a closed one.";
    return { ok: false, state: { errors, values, message: "Nothing was saved: please fix the fields marked below." } };
  }
  // The phone as it is stored (its one written form), so the form shows what was saved.
  return { ok: true, settings: parsed.data, values: { ...values, phone: parsed.data.phone } };
}
