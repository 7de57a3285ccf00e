// The intake form's rules: one zod schema, used by the browser (inline errors, loaded
// when the person starts filling the form in) and by the server action (the rules that
// count). No server-only imports.
import { z } from "zod";
import "@/lib/forms/zod-jitless";
import { fieldErrors } from "@/lib/forms/form-state";
import {
  ABOUT_SOMEONE_ELSE,
  ABOUT_WHOM,
  CONTACT_METHODS,
  CONTACT_TIMES,
  CUSTODY_STATUSES,
  LIMITS,
  OTHER_COUNTY,
  type FormValues,
  type InquiryErrorField,
  type InquiryErrors,
  type Option,
} from "./inquiry-form";

const values = (options: readonly Option[]) => options.map((o) => o.value) as [string, ...string[]];
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

const optionalChoice = (options: readonly Option[], message: string) =>
  z
    .string()
    .refine((v) => v === "" || values(options).includes(v), { message })
    .optional()
    .transform((v) => (v ? v : undefined));

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

export type InquiryFormContext = {
  /** The firm's counties (settings); "Other" is always allowed too. */
  counties: readonly string[];
  /** The types of matter the firm offers (settings), by name. */
  matterTypes: readonly string[];
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
      // The short path asks only name, a way to reach them, what happened and custody: the rest may wait.
      aboutWhom: optionalChoice(ABOUT_WHOM, "Please choose who this is about, or leave it empty."),
      personCharged: optionalText("the name", LIMITS.personCharged),
      matterType: z
        .string()
        .refine((v) => v === "" || context.matterTypes.includes(v), "Please choose a type of matter from the list, or leave it empty.")
        .optional()
        .transform((v) => (v ? v : undefined)),
      county: z
        .string()
        .refine((v) => v === "" || counties.includes(v), "Please choose a county from the list (or “Other”).")
        .optional()
        .transform((v) => (v ? v : undefined)),
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
        if (ABOUT_SOMEONE_ELSE.includes(String(data.aboutWhom)) && !given(data.personCharged)) {
          ctx.addIssue({ code: "custom", path: ["personCharged"], message: "Please tell us the name of the person charged (or choose “Me”)." });
        }
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

/** Validates posted values: the data, or one message per field (the first issue). */
export function parseInquiryForm(
  input: FormValues,
  context: InquiryFormContext,
): { ok: true; data: InquiryFormData } | { ok: false; errors: InquiryErrors } {
  const result = inquiryFormSchema(context).safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: fieldErrors<InquiryErrorField>(result.error) };
}
