// The settings' rules and defaults, shared by the admin's forms (in the browser) and the
// server. Reading the stored values is lib/site/settings.ts's job.
import { z } from "zod";
import "@/lib/forms/zod-jitless";
import { ALABAMA_COUNTIES } from "@/lib/inquiries/alabama-counties";
import { MATTER_TYPES } from "@/lib/inquiries/inquiry-form";
import { openingHoursSchema, type OpeningHours } from "./opening-hours";
import { formatPhone, parsePhone, PHONE_MESSAGE } from "./phone";
import { socialLinkSchema } from "./social-links";
import { isTimeZone } from "@/lib/dates/time-zones";
import { DEFAULT_SEARCH_SYNONYMS } from "@/lib/posts/search-synonyms";
import { LEGALESE_LIMITS, parseLegaleseLine } from "@/lib/writing/legalese";
import { DEFAULT_LEGALESE } from "@/lib/writing/legalese-list";

// The firm's details and disclaimers, edited in the admin. Every key has a safe
// default, so a missing or malformed value never breaks a page.
const line = (max: number) => z.string().trim().max(max);

export const settingsSchema = z.object({
  firmName: line(120).min(1),
  tagline: line(200),
  intro: line(1000),
  // Stored in its one written form: every tel: link is built from it (components/site/phone-link.tsx).
  phone: line(40)
    .refine((text) => text === "" || parsePhone(text) !== undefined, PHONE_MESSAGE)
    .transform((text) => {
      const phone = parsePhone(text);
      return phone ? formatPhone(phone) : "";
    }),
  email: z.email().max(254).or(z.literal("")),
  address: line(400),
  // What the opening hours cannot say ("jail calls answered any time").
  hours: line(200),
  openingHours: openingHoursSchema,
  state: line(60).min(1),
  timeZone: line(60).refine(isTimeZone, "Choose a time zone from the list."),
  // The plain list the home page shows until there are practice-area pages.
  practiceAreas: z.array(line(80).min(1)).max(20),
  socialLinks: z.array(socialLinkSchema).max(8, "Use at most 8 links."),
  // The advertising statement the rules ask for: every page's footer and beside the contact form's button.
  siteDisclaimer: line(2000),
  postDisclaimer: line(2000),
  // The contact page: what to do outside office hours, and when the firm answers.
  afterHoursInstructions: line(1000),
  responsePromise: line(120).min(1),
  // The check before publishing (lib/publishing/restricted-words.ts).
  restrictedWords: z.array(line(60).min(1)).max(60),
  pastResultPhrases: z.array(line(60).min(1)).max(60),
  resultsDisclaimer: line(500),
  // Search's synonyms: a group per line, "bail, bond, bondsman" (lib/posts/search-synonyms.ts).
  searchSynonyms: z.array(line(200).min(1)).max(100),
  // The editor's plain-language panel (lib/writing/legalese.ts): "legal phrase = plain words" a line.
  legalese: z
    .array(line(LEGALESE_LIMITS.phrase + LEGALESE_LIMITS.replacement + 3).min(1))
    .max(LEGALESE_LIMITS.entries, `Use at most ${LEGALESE_LIMITS.entries} lines.`)
    .superRefine((lines, ctx) => {
      lines.forEach((text, i) => {
        const entry = parseLegaleseLine(text);
        const message = !entry
          ? `Line ${i + 1}: write it as “legal phrase = plain words”.`
          : entry.phrase.length > LEGALESE_LIMITS.phrase
            ? `Line ${i + 1}: the legal phrase can be at most ${LEGALESE_LIMITS.phrase} characters.`
            : entry.replacement.length > LEGALESE_LIMITS.replacement
              ? `Line ${i + 1}: the plain words can be at most ${LEGALESE_LIMITS.replacement} characters.`
              : undefined;
        if (message) ctx.addIssue({ code: "custom", message });
      });
    }),
});

export type SiteSettings = z.infer<typeof settingsSchema>;

export const defaultSettings: SiteSettings = {
  firmName: "Law Office",
  tagline: "Criminal defense",
  intro: "",
  phone: "",
  email: "",
  address: "",
  hours: "",
  openingHours: [],
  state: "Alabama",
  timeZone: "America/Chicago",
  practiceAreas: [],
  socialLinks: [],
  siteDisclaimer:
    "The information on this website is general information, not legal advice. Reading it or contacting us does not create an attorney-client relationship.",
  postDisclaimer:
    "This post is general information, not legal advice, and was reviewed for {state} law only. Every case is different: talk to a lawyer about yours.",
  afterHoursInstructions: "",
  responsePromise: "usually within one business day",
  searchSynonyms: [...DEFAULT_SEARCH_SYNONYMS],
  ...defaultAdvertisingRules(),
  legalese: [...DEFAULT_LEGALESE],
};

/**
 * The words the check before publishing flags, as a starting point: the firm's lawyer
 * confirms them against the state's current rules (Alabama's Rules 7.1–7.3 changed on
 * 1 January 2026) and edits them in Settings.
 */
export function defaultAdvertisingRules(): Pick<SiteSettings, "restrictedWords" | "pastResultPhrases" | "resultsDisclaimer"> {
  return {
    restrictedWords: ["specialist", "specialize", "specializes", "specialized", "specializing", "expert", "expertise", "certified", "guarantee", "guaranteed", "best", "number one", "#1"],
    pastResultPhrases: ["we won", "we got", "we obtained", "we secured", "our client was", "acquitted", "acquittal", "not guilty verdict", "case dismissed", "charges dropped", "charges dismissed"],
    resultsDisclaimer: "Prior results do not predict a similar outcome in any future case.",
  };
}

export type { OpeningHours };

// The firm's logo (an uploaded image, in the header and the site's icon): set by its own
// small form, not the settings form.
export const logoSettingsSchema = z.object({ logoMediaId: z.number().int().positive().nullable() });
export type LogoSettings = z.infer<typeof logoSettingsSchema>;
export const defaultLogoSettings: LogoSettings = { logoMediaId: null };

// The intake form's and inbox's settings: kept apart from the firm's details because they
// are edited on their own page (/admin/inquiries/settings) and are not all text.
export const intakeSettingsSchema = z.object({
  // The counties the form offers ("Other" is always added).
  intakeCounties: z.array(line(60).min(1)).min(1).max(300),
  // The types of matter the form offers, as the firm names them; each inquiry stores the one chosen.
  intakeMatterTypes: z.array(line(60).min(1)).min(1, "List at least one type of matter.").max(40, "List at most 40 types of matter."),
  // Shown above the form's submit button; the text and its version are stored with each inquiry.
  intakeConsentText: line(2000).min(1),
  // Changes whenever the text changes, so each inquiry records which text it agreed to.
  intakeConsentVersion: line(40).min(1),
  // Send the person a short "we received it" mail (only that) when they gave an email address.
  intakeAcknowledgement: z.boolean(),
  // Closed, declined and spam inquiries older than this many months are deleted; 0 keeps them.
  inquiryRetentionMonths: z.number().int().min(0).max(600),
});

export type IntakeSettings = z.infer<typeof intakeSettingsSchema>;

export const defaultIntakeSettings: IntakeSettings = {
  intakeCounties: [...ALABAMA_COUNTIES],
  intakeMatterTypes: MATTER_TYPES.map((type) => type.label),
  intakeConsentText:
    "Sending this form does not make you our client, and we have not agreed to represent you yet. Please do not send confidential details about what happened: tell us only enough for us to call you back. We keep what you send private.",
  intakeConsentVersion: "2026-11-28",
  intakeAcknowledgement: false,
  inquiryRetentionMonths: 24,
};
