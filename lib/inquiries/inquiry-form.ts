// The intake form's fields, choices and limits. No server-only imports and no zod: the
// contact form's client component imports this file on every page load, and so do the
// end-to-end tests. The rules themselves are in lib/inquiries/inquiry-form-schema.ts.
import type { FieldErrors } from "@/lib/forms/form-state";

/** The hidden field people never see and bots fill in: a form that fills it is not stored. */
export const HONEYPOT_FIELD = "website";

/** A form sent faster than this after it was rendered is refused as a bot (lib/inquiries/form-token.ts). */
export const MIN_FILL_MS = 3000;

export const CONTACT_METHODS = [
  { value: "phone", label: "Phone call" },
  { value: "text", label: "Text message" },
  { value: "email", label: "Email" },
  { value: "any", label: "Any of these" },
] as const;

export const CONTACT_TIMES = [
  { value: "any", label: "Any time" },
  { value: "morning", label: "Morning" },
  { value: "afternoon", label: "Afternoon" },
  { value: "evening", label: "Evening" },
] as const;

/** "Who is this about?" answers that name someone other than the sender: the person charged is then asked for. */
export const ABOUT_SOMEONE_ELSE: readonly string[] = ["family", "other"];

export const ABOUT_WHOM = [
  { value: "me", label: "Me" },
  { value: "family", label: "A family member" },
  { value: "other", label: "Someone else" },
] as const;

// What a defense firm's callers bring: the intake settings' first list (intakeMatterTypes,
// which the firm edits; an inquiry stores the name chosen). Inquiries from before that
// stored these codes, which optionLabel() still reads as their names.
export const MATTER_TYPES = [
  { value: "dui", label: "DUI" },
  { value: "assault", label: "Assault" },
  { value: "drugs", label: "Drugs" },
  { value: "domestic_violence", label: "Domestic violence" },
  { value: "theft_property", label: "Theft or property" },
  { value: "probation_violation", label: "Probation violation" },
  { value: "warrant", label: "Warrant" },
  { value: "bond", label: "Bond or bail" },
  { value: "traffic", label: "Traffic" },
  { value: "juvenile", label: "Juvenile" },
  { value: "expungement", label: "Expungement" },
  { value: "other", label: "Something else" },
] as const;

export const CUSTODY_STATUSES = [
  { value: "in_custody", label: "In custody (in jail now)" },
  { value: "released_on_bond", label: "Released on bond" },
  { value: "not_arrested", label: "Not arrested" },
] as const;

/** The county option for a county not in the list, or when the person is not sure. */
export const OTHER_COUNTY = "Other";

/** Length limits, shown to people in the messages and the message counter. */
export const LIMITS = {
  name: 120,
  personCharged: 120,
  email: 254,
  phone: 40,
  charges: 300,
  otherParties: 500,
  message: 1500,
  heardFrom: 200,
} as const;

export type Option = { readonly value: string; readonly label: string };

/** A label for a stored option value (the value itself when it is not one of ours). */
export function optionLabel(options: readonly Option[], value: string | null | undefined): string {
  if (!value) return "";
  return options.find((o) => o.value === value)?.label ?? value;
}


/** Every field the form posts, by name: what is kept and sent back after an error. */
export const FORM_FIELDS = [
  "name",
  "email",
  "phone",
  "contactMethod",
  "contactTime",
  "aboutWhom",
  "personCharged",
  "matterType",
  "county",
  "charges",
  "courtDate",
  "custodyStatus",
  "otherParties",
  "message",
  "heardFrom",
  "consent",
] as const;

export type FormField = (typeof FORM_FIELDS)[number];
/** A field that can have an error: the posted ones and "contact", the email-or-phone rule. */
export type InquiryErrorField = FormField | "contact";
export type InquiryErrors = FieldErrors<InquiryErrorField>;
export type FormValues = Partial<Record<FormField, string>>;

/**
 * The posted values as plain strings (cut to a sane size: they are only echoed back).
 * Line breaks become "\n": browsers post a textarea's breaks as CRLF but count them as one
 * character, so the limits mean the same in the browser and on the server.
 */
export function formValues(form: FormData): FormValues {
  const result: FormValues = {};
  for (const field of FORM_FIELDS) {
    const value = form.get(field);
    if (typeof value === "string") result[field] = value.replace(/\r\n?/g, "\n").slice(0, 5000);
  }
  return result;
}
