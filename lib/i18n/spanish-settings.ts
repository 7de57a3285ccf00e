// What the firm writes in Spanish in the settings: the home page's words and every notice.
// A notice left empty is not shown on the Spanish site (never an English one in its place,
// never a made-up one), and the admin says which are missing (missingSpanishNotices()).
// Plain module: the admin's form reads the rules too.
import { z } from "zod";
import "@/lib/forms/zod-jitless";

const line = (max: number) => z.string().trim().max(max);

export const spanishSettingsSchema = z.object({
  esTagline: line(200),
  esIntro: line(2000),
  esResponsePromise: line(200),
  esAfterHoursInstructions: line(2000),
  // The notices: the advertising statement (footer and form), the per-post disclaimer
  // ({state} is filled in), the form's consent notice and the privacy note beside it.
  esSiteDisclaimer: line(2000),
  esPostDisclaimer: line(2000),
  esConsentText: line(2000),
  // Changes whenever the consent text changes, as the English one's does.
  esConsentVersion: line(40),
});

export type SpanishSettings = z.infer<typeof spanishSettingsSchema>;

export const defaultSpanishSettings: SpanishSettings = {
  esTagline: "",
  esIntro: "",
  esResponsePromise: "",
  esAfterHoursInstructions: "",
  esSiteDisclaimer: "",
  esPostDisclaimer: "",
  esConsentText: "",
  esConsentVersion: "",
};

/** The notices the Spanish site needs, with the admin's name for each. */
export const SPANISH_NOTICES = {
  esSiteDisclaimer: "Advertising statement (footer and contact form)",
  esPostDisclaimer: "Disclaimer under each post",
  esConsentText: "Contact form notice people agree to",
  esResponsePromise: "When you answer (“usually within one business day”)",
} as const satisfies Partial<Record<keyof SpanishSettings, string>>;

/** The admin's names of the Spanish notices the firm has not written yet. */
export function missingSpanishNotices(settings: SpanishSettings): string[] {
  return Object.entries(SPANISH_NOTICES)
    .filter(([key]) => settings[key as keyof SpanishSettings].trim() === "")
    .map(([, name]) => name);
}
