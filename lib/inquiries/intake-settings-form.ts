import { fieldErrors, typedValues, type FormState } from "@/lib/forms/form-state";
import { maxLengthOf } from "@/lib/forms/schema-max-length";
import { type IntakeSettings, intakeSettingsSchema } from "@/lib/site/settings-schema";

/** The fields of the intake settings form, to put back after an error. */
export const INTAKE_SETTINGS_FIELDS = ["intakeCounties", "intakeMatterTypes", "intakeConsentText", "intakeAcknowledgement", "inquiryRetentionMonths"] as const;
export type IntakeSettingsField = (typeof INTAKE_SETTINGS_FIELDS)[number];

/** The intake settings as the form shows them. */
export function intakeSettingsValues(settings: IntakeSettings): Record<IntakeSettingsField, string> {
  return {
    intakeCounties: settings.intakeCounties.join("\n"),
    intakeMatterTypes: settings.intakeMatterTypes.join("\n"),
    intakeConsentText: settings.intakeConsentText,
    intakeAcknowledgement: settings.intakeAcknowledgement ? "yes" : "",
    inquiryRetentionMonths: String(settings.inquiryRetentionMonths),
  };
}

/** The text fields' maxLength in the form, read from the schema. */
export function intakeSettingsMaxLengths(): Partial<Record<IntakeSettingsField, number>> {
  return {
    intakeCounties: maxLengthOf(intakeSettingsSchema.shape.intakeCounties),
    intakeMatterTypes: maxLengthOf(intakeSettingsSchema.shape.intakeMatterTypes),
    intakeConsentText: maxLengthOf(intakeSettingsSchema.shape.intakeConsentText),
  };
}

/** One entry per non-empty line, each once. */
const distinctLines = (text: string) => [...new Set(text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))];

/**
 * Reads the posted form into settings. The consent version is not typed by anyone: it
 * changes to `now` whenever the consent text changes, so each inquiry's record says
 * which text the person agreed to.
 */
export function parseIntakeSettingsForm(
  form: FormData,
  current: IntakeSettings,
  now = new Date(),
): { ok: true; settings: IntakeSettings } | { ok: false; state: FormState<IntakeSettingsField> } {
  const values = typedValues(form, INTAKE_SETTINGS_FIELDS);
  const consentText = values.intakeConsentText.replace(/\r\n?/g, "\n").trim();
  const months = values.inquiryRetentionMonths.trim();
  const parsed = intakeSettingsSchema.safeParse({
    intakeCounties: distinctLines(values.intakeCounties),
    intakeMatterTypes: distinctLines(values.intakeMatterTypes),
    intakeConsentText: consentText,
    intakeConsentVersion: consentText === current.intakeConsentText ? current.intakeConsentVersion : now.toISOString().slice(0, 16).replace("T", " "),
    intakeAcknowledgement: values.intakeAcknowledgement === "yes",
    inquiryRetentionMonths: /^\d{1,3}$/.test(months) ? Number(months) : NaN,
  });
  if (!parsed.success) {
    return { ok: false, state: { errors: fieldErrors<IntakeSettingsField>(parsed.error), values, message: "Nothing was saved: please fix the fields marked below." } };
  }
  return { ok: true, settings: parsed.data };
}
