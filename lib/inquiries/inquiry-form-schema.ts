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
import type { Lang } from "@/lib/i18n/languages";
import { INQUIRY_MESSAGES, type InquiryMessages } from "./inquiry-messages";

const values = (options: readonly Option[]) => options.map((o) => o.value) as [string, ...string[]];

// Empty strings (an untouched field) become undefined for optional fields.
const optionalText = (tooLong: string) => (max: number) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
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
  /** The form's language (the page's, never the form's own say): its messages. English unless told. */
  lang?: Lang;
};

/** The schema for the form's fields (everything but the token, honeypot and consent record). */
export function inquiryFormSchema(context: InquiryFormContext) {
  const counties = [...context.counties, OTHER_COUNTY];
  const m: InquiryMessages = INQUIRY_MESSAGES[context.lang ?? "en"];
  const tooLong = (what: keyof InquiryMessages["what"], max: number) => m.tooLong.replace("{what}", m.what[what]).replace("{max}", String(max));
  const text = (what: keyof InquiryMessages["what"], max: number) => optionalText(tooLong(what, max))(max);
  return z
    .object({
      name: z
        .string({ error: m.name })
        .trim()
        .min(1, m.name)
        .max(LIMITS.name, tooLong("name", LIMITS.name)),
      email: z
        .string()
        .trim()
        .max(LIMITS.email, tooLong("email", LIMITS.email))
        .refine((v) => v === "" || z.email().safeParse(v).success, m.email)
        .optional()
        .transform((v) => (v ? v.toLowerCase() : undefined)),
      phone: z
        .string()
        .trim()
        .max(LIMITS.phone, tooLong("phone", LIMITS.phone))
        .refine((v) => {
          if (v === "") return true;
          const digits = v.replace(/\D/g, "").length;
          return /^[\d\s()+.\-]+$/.test(v) && digits >= 7 && digits <= 15;
        }, m.phone)
        .optional()
        .transform((v) => (v ? v : undefined)),
      contactMethod: choice(CONTACT_METHODS, m.contactMethod),
      contactTime: choice(CONTACT_TIMES, m.contactTime),
      // The short path asks only name, a way to reach them, what happened and custody: the rest may wait.
      aboutWhom: optionalChoice(ABOUT_WHOM, m.aboutWhom),
      personCharged: text("personCharged", LIMITS.personCharged),
      matterType: z
        .string()
        .refine((v) => v === "" || context.matterTypes.includes(v), m.matterType)
        .optional()
        .transform((v) => (v ? v : undefined)),
      county: z
        .string()
        .refine((v) => v === "" || counties.includes(v), m.county)
        .optional()
        .transform((v) => (v ? v : undefined)),
      charges: text("charges", LIMITS.charges),
      courtDate: z
        .string()
        .trim()
        .refine((v) => v === "" || isCalendarDate(v), m.courtDateFormat)
        .refine((v) => v === "" || !isCalendarDate(v) || v >= context.today, m.courtDatePast)
        .optional()
        .transform((v) => (v ? v : undefined)),
      custodyStatus: choice(CUSTODY_STATUSES, m.custodyStatus),
      otherParties: text("otherParties", LIMITS.otherParties),
      message: text("message", LIMITS.message),
      heardFrom: text("heardFrom", LIMITS.heardFrom),
      consent: z.literal("yes", { error: m.consent }),
    })
    .superRefine(
      (data, ctx) => {
        // Runs even when other fields have problems (see `when`), so values may be unparsed.
        const given = (value: unknown) => typeof value === "string" && value.trim() !== "";
        if (ABOUT_SOMEONE_ELSE.includes(String(data.aboutWhom)) && !given(data.personCharged)) {
          ctx.addIssue({ code: "custom", path: ["personCharged"], message: m.personChargedNeeded });
        }
        const hasEmail = given(data.email);
        const hasPhone = given(data.phone);
        if (!hasEmail && !hasPhone) {
          ctx.addIssue({ code: "custom", path: ["contact"], message: m.contactNeeded });
        } else if (data.contactMethod === "email" && !hasEmail) {
          ctx.addIssue({ code: "custom", path: ["email"], message: m.emailNeeded });
        } else if ((data.contactMethod === "phone" || data.contactMethod === "text") && !hasPhone) {
          ctx.addIssue({ code: "custom", path: ["phone"], message: m.phoneNeeded });
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
