// The intake form's server side, in order: token (one-time key, signed render time),
// honeypot, a resend of a form already stored, validation, the minimum fill time, the
// per-address limit, then one transaction storing the inquiry with its mail (shared with
// the inquiries sent at the same moment). Only after that commit may the person be told it
// was received.
import "server-only";
import { createHash } from "node:crypto";
import { findInquiryBySubmissionKey } from "@/db/inquiries";
import { storeInquiry } from "@/db/inquiry-commits";
import { checkFormToken, issueFormToken } from "./form-token";
import { calendarDateIn } from "@/lib/dates/format";
import { ABOUT_SOMEONE_ELSE, formValues, HONEYPOT_FIELD } from "./inquiry-form";
import { parseInquiryForm } from "./inquiry-form-schema";
import type { InquiryFormState } from "./inquiry-form-state";
import { newInquiryReference } from "./inquiry-reference";
import { isUrgent, urgencyWindow } from "./inquiry-urgency";
import { acknowledgementMail, notificationMail, notifyAddress } from "@/lib/mail/mail";
import { allowInquiryFrom } from "./rate-limit";
import { getIntakeSettings, getSiteSettings } from "@/lib/site/settings";
import { inquiryVisit } from "@/lib/visits/inquiry-visit";
import { VISIT_PATH_FIELD } from "@/lib/visits/visit-path";

export type SubmitOutcome =
  | { kind: "stored"; reference: string; created: boolean }
  | { kind: "honeypot"; reference: string }
  | { kind: "refused"; state: Omit<InquiryFormState, "attempt"> };

/**
 * The inquiry's one-time key: the token's key with the answers' fingerprint. The token comes
 * from a cookie every tab of the browser shares, so two different messages sent from two
 * tabs are two inquiries; the same answers sent again (a double click, a resend after a lost
 * answer, Back and Send) find the first.
 */
function submissionKey(tokenKey: string, values: ReturnType<typeof formValues>): string {
  const answers = Object.entries(values).sort(([a], [b]) => a.localeCompare(b));
  return `${tokenKey}.${createHash("sha256").update(JSON.stringify(answers)).digest("base64url").slice(0, 22)}`;
}

/** `cookieToken`: the token the visitor's cookie holds (lib/inquiries/form-token.ts); the form's hidden field wins. */
export async function submitInquiry(form: FormData, context: { address: string; cookieToken?: string; now?: Date }): Promise<SubmitOutcome> {
  const now = context.now ?? new Date();
  const site = getSiteSettings();
  const intake = getIntakeSettings();
  const values = formValues(form);
  const field = form.get("token");
  const token = typeof field === "string" && field !== "" ? field : context.cookieToken;
  const tokenCheck = checkFormToken(token, now.getTime());
  const checked = tokenCheck.ok ? { ...tokenCheck, key: submissionKey(tokenCheck.submissionKey, values) } : tokenCheck;
  const call = site.phone ? ` If it is urgent, call us at ${site.phone}.` : "";

  if (!checked.ok && checked.reason === "invalid") {
    return {
      kind: "refused",
      state: { values, token: issueFormToken(now.getTime()), message: `We could not read this form. Please check your answers and send it again.${call}` },
    };
  }
  const honeypot = form.get(HONEYPOT_FIELD);
  if (typeof honeypot === "string" && honeypot.trim() !== "") {
    // Looks like success to a bot; nothing is stored.
    return { kind: "honeypot", reference: newInquiryReference() };
  }

  if (checked.ok) {
    const earlier = findInquiryBySubmissionKey(checked.key);
    if (earlier) return { kind: "stored", reference: earlier.reference, created: false };
  }

  // Answers to fix come first, even from a form sent quickly: a person who pressed Send on an
  // empty form needs to know what to fill in, not that they were fast.
  const parsed = parseInquiryForm(values, { counties: intake.intakeCounties, matterTypes: intake.intakeMatterTypes, today: calendarDateIn(now, site.timeZone) });
  if (!parsed.ok) return { kind: "refused", state: { errors: parsed.errors, values, token } };
  if (!checked.ok) {
    return {
      kind: "refused",
      state: {
        values,
        token,
        message: "That was quicker than we expected from a person. Please check your answers, then send the form again.",
      },
    };
  }

  if (!allowInquiryFrom(context.address, now)) {
    return {
      kind: "refused",
      state: {
        values,
        token,
        message: `We have received several messages from your connection in the last minute. Please wait a minute, then send the form again.${call}`,
      },
    };
  }

  const data = parsed.data;
  const notifyTo = notifyAddress(site);
  const stored = await storeInquiry(
    {
      submissionKey: checked.key,
      name: data.name,
      email: data.email ?? null,
      phone: data.phone ?? null,
      contactMethod: data.contactMethod,
      contactTime: data.contactTime,
      aboutWhom: data.aboutWhom ?? null,
      // Only when it is about someone else: "Me" with a name left in the hidden field means the sender.
      personCharged: data.aboutWhom && ABOUT_SOMEONE_ELSE.includes(data.aboutWhom) ? (data.personCharged ?? null) : null,
      matterType: data.matterType ?? null,
      county: data.county ?? null,
      charges: data.charges ?? null,
      courtDate: data.courtDate ?? null,
      custodyStatus: data.custodyStatus,
      otherParties: data.otherParties ?? null,
      message: data.message ?? null,
      heardFrom: data.heardFrom ?? null,
      // The visit's path as the tab kept it: advisory, so a missing or broken one is dropped, never an error.
      ...inquiryVisit(form.get(VISIT_PATH_FIELD)),
      consentText: intake.intakeConsentText,
      consentVersion: intake.intakeConsentVersion,
      consentAt: now,
    },
    (inquiry) => [
      ...(notifyTo ? [notificationMail(notifyTo, inquiry, isUrgent({ custodyStatus: data.custodyStatus, courtDate: data.courtDate ?? null }, urgencyWindow(site.timeZone, now)))] : []),
      ...(intake.intakeAcknowledgement && data.email ? [acknowledgementMail(data.email, inquiry.reference, site)] : []),
    ],
    newInquiryReference,
    now,
  );
  if (!notifyTo) console.warn(`[mail] inquiry ${stored.reference} stored; no NOTIFY_EMAIL or firm email set, so nobody was notified by mail`);
  return { kind: "stored", reference: stored.reference, created: stored.created };
}
