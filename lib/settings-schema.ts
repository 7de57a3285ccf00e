// The settings' rules and defaults, shared by the admin's forms (in the browser) and the
// server. Reading the stored values is lib/settings.ts's job.
import { z } from "zod";
import "./zod-jitless";
import { ALABAMA_COUNTIES } from "./alabama-counties";

// The firm's details and disclaimers, edited in the admin. Every key has a safe
// default, so a missing or malformed value never breaks a page.
const line = (max: number) => z.string().trim().max(max);

export const settingsSchema = z.object({
  firmName: line(120).min(1),
  tagline: line(200),
  intro: line(1000),
  attorneyName: line(120),
  phone: line(40),
  email: z.email().max(254).or(z.literal("")),
  address: line(400),
  hours: line(200),
  state: line(60).min(1),
  timeZone: line(60).refine(isTimeZone, "Unknown time zone"),
  practiceAreas: z.array(line(80).min(1)).max(20),
  siteDisclaimer: line(2000),
  postDisclaimer: line(2000),
});

export type SiteSettings = z.infer<typeof settingsSchema>;

export const defaultSettings: SiteSettings = {
  firmName: "Law Office",
  tagline: "Criminal defense",
  intro: "",
  attorneyName: "",
  phone: "",
  email: "",
  address: "",
  hours: "",
  state: "Alabama",
  timeZone: "America/Chicago",
  practiceAreas: [],
  siteDisclaimer:
    "The information on this website is general information, not legal advice. Reading it or contacting us does not create an attorney-client relationship.",
  postDisclaimer:
    "This post is general information, not legal advice, and was reviewed for {state} law only. Every case is different: talk to a lawyer about yours.",
};

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// The intake form's and inbox's settings: kept apart from the firm's details because they
// are edited on their own page (/admin/inquiries/settings) and are not all text.
export const intakeSettingsSchema = z.object({
  // The counties the form offers ("Other" is always added).
  intakeCounties: z.array(line(60).min(1)).min(1).max(300),
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
  intakeConsentText:
    "Sending this form does not make you our client, and we have not agreed to represent you yet. Please do not send confidential details about what happened: tell us only enough for us to call you back. We keep what you send private.",
  intakeConsentVersion: "2026-11-28",
  intakeAcknowledgement: false,
  inquiryRetentionMonths: 24,
};
