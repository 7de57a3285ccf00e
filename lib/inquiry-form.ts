// The intake form's rules: one zod schema, used by the browser (inline errors) and by
// the server action (the rules that count). No server-only imports: the contact form's
// client component imports this file, and so do the end-to-end tests.
import { z } from "zod";
import { fieldErrors, type FieldErrors } from "./form-state";

/** The hidden field people never see and bots fill in: a form that fills it is not stored. */
export const HONEYPOT_FIELD = "website";

/** A form sent faster than this after it was rendered is refused as a bot (lib/form-token.ts). */
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

export const ABOUT_WHOM = [
  { value: "me", label: "Me" },
  { value: "family", label: "A family member" },
  { value: "other", label: "Someone else" },
] as const;

export const MATTER_TYPES = [
  { value: "dui", label: "DUI" },
  { value: "drugs", label: "Drugs" },
  { value: "domestic_violence", label: "Domestic violence" },
  { value: "theft_property", label: "Theft or property" },
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
  email: 254,
  phone: 40,
  charges: 300,
  otherParties: 500,
  message: 1500,
  heardFrom: 200,
} as const;

type Option = { readonly value: string; readonly label: string };
const values = (options: readonly Option[]) => options.map((o) => o.value) as [string, ...string[]];

/** A label for a stored option value (the value itself when it is not one of ours). */
export function optionLabel(options: readonly Option[], value: string | null | undefined): string {
  if (!value) return "";
  return options.find((o) => o.value === value)?.label ?? value;
}

const tooLong = (what: string, max: number) => `Please keep ${what} under ${max} characters.`;

// Empty strings (an untouched field) become undefined for optional fields.
const optionalText = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, tooLong(what, max))
    .optional()
    .transform((v) => (v ? v : undefined));

const choice = (options: readonly Option[], message: string) =>
  z.string({ error: message }).refine((v) => values(options).includes(v), { message });

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

export type InquiryFormContext = {
  /** The firm's counties (settings); "Other" is always allowed too. */
  counties: readonly string[];
  /** Today as YYYY-MM-DD in the firm's time zone: a court date may not be before it. */
  today: string;
};

/** The schema for the form's fields (everything but the token, honeypot and consent record). */
export function inquiryFormSchema(context: InquiryFormContext) {
  const counties = [...context.counties, OTHER_COUNTY];
  return z
    .object({
      name: z
        .string({ error: "Please tell us your name." })
        .trim()
        .min(1, "Please tell us your name.")
        .max(LIMITS.name, tooLong("your name", LIMITS.name)),
      email: z
        .string()
        .trim()
        .max(LIMITS.email, tooLong("the email address", LIMITS.email))
        .refine((v) => v === "" || z.email().safeParse(v).success, "Please check the email address: it should look like name@example.com.")
        .optional()
        .transform((v) => (v ? v.toLowerCase() : undefined)),
      phone: z
        .string()
        .trim()
        .max(LIMITS.phone, tooLong("the phone number", LIMITS.phone))
        .refine((v) => {
          if (v === "") return true;
          const digits = v.replace(/\D/g, "").length;
          return /^[\d\s()+.\-]+$/.test(v) && digits >= 7 && digits <= 15;
        }, "Please check the phone number: use digits, for example (555) 123-4567.")
        .optional()
        .transform((v) => (v ? v : undefined)),
      contactMethod: choice(CONTACT_METHODS, "Please choose how we should contact you."),
      contactTime: choice(CONTACT_TIMES, "Please choose a time of day."),
      aboutWhom: choice(ABOUT_WHOM, "Please tell us who this is about."),
      matterType: choice(MATTER_TYPES, "Please choose the type of matter (or “Something else”)."),
      county: z
        .string({ error: "Please choose a county (or “Other”)." })
        .refine((v) => counties.includes(v), "Please choose a county (or “Other”)."),
      charges: optionalText("the charges", LIMITS.charges),
      courtDate: z
        .string()
        .trim()
        .refine((v) => v === "" || isCalendarDate(v), "Please give the court date as a date, for example 2026-12-01.")
        .refine((v) => v === "" || !isCalendarDate(v) || v >= context.today, "That date has passed: please give the next court date, or leave it empty.")
        .optional()
        .transform((v) => (v ? v : undefined)),
      custodyStatus: choice(CUSTODY_STATUSES, "Please tell us whether the person is in custody."),
      otherParties: optionalText("the names", LIMITS.otherParties),
      message: optionalText("the message", LIMITS.message),
      heardFrom: optionalText("this answer", LIMITS.heardFrom),
      consent: z.literal("yes", { error: "Please confirm that you have read the notice above." }),
    })
    .superRefine(
      (data, ctx) => {
        // Runs even when other fields have problems (see `when`), so values may be unparsed.
        const given = (value: unknown) => typeof value === "string" && value.trim() !== "";
        const hasEmail = given(data.email);
        const hasPhone = given(data.phone);
        if (!hasEmail && !hasPhone) {
          ctx.addIssue({ code: "custom", path: ["contact"], message: "Please give us an email address or a phone number, so we can reach you." });
        } else if (data.contactMethod === "email" && !hasEmail) {
          ctx.addIssue({ code: "custom", path: ["email"], message: "You chose email: please give an email address, or choose another way." });
        } else if ((data.contactMethod === "phone" || data.contactMethod === "text") && !hasPhone) {
          ctx.addIssue({ code: "custom", path: ["phone"], message: "You chose a call or text: please give a phone number, or choose another way." });
        }
      },
      // Check how to reach the person together with every other field, not only once they all pass.
      { when: (payload) => typeof payload.value === "object" && payload.value !== null },
    );
}

export type InquiryFormData = z.output<ReturnType<typeof inquiryFormSchema>>;

/** Every field the form posts, by name: what is kept and sent back after an error. */
export const FORM_FIELDS = [
  "name",
  "email",
  "phone",
  "contactMethod",
  "contactTime",
  "aboutWhom",
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

/** Validates posted values: the data, or one message per field (the first issue). */
export function parseInquiryForm(
  input: FormValues,
  context: InquiryFormContext,
): { ok: true; data: InquiryFormData } | { ok: false; errors: InquiryErrors } {
  const result = inquiryFormSchema(context).safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: fieldErrors<InquiryErrorField>(result.error) };
}

/** Today's date (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
