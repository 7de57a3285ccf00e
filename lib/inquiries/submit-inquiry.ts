// The intake form's server side, in order: token (one-time key, signed render time),
// honeypot, a resend of a form already stored, validation, the minimum fill time, the
// per-address limit, then one transaction storing the inquiry with its mail (shared with
// the inquiries sent at the same moment). Only after that commit may the person be told it
// was received.
import "server-only";
import { createHash } from "node:crypto";
import { findInquiryBySubmissionKey } from "@/db/inquiries/inquiries";
import { storeInquiry } from "@/db/inquiries/inquiry-commits";
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
import { firmTexts } from "@/lib/i18n/firm-texts";
import { langPath, type Lang } from "@/lib/i18n/languages";
import { SUBMIT_MESSAGES } from "./submit-messages";
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

/** Where the person is sent once the inquiry is stored: the confirmation in the form's language. */
export function sentPath(lang: Lang, reference: string): string {
  return `${langPath(lang, "/contact/sent")}?ref=${encodeURIComponent(reference)}`;
}

/**
 * `context.lang`: the language of the page the form was on (its route, never a field of the
 * form): its messages, and the notice in that language that the person agreed to.
 * `context.cookieToken`: the token the visitor's cookie holds (lib/inquiries/form-token.ts);
 * the form's hidden field wins.
 */
export async function submitInquiry(form: FormData, context: { address: string; cookieToken?: string; now?: Date; lang?: Lang }): Promise<SubmitOutcome> {
  const now = context.now ?? new Date();
  const lang = context.lang ?? "en";
  const said = SUBMIT_MESSAGES[lang];
  const site = getSiteSettings();
  const intake = getIntakeSettings();
  const notice = firmTexts(lang);
  const values = formValues(form);
  const field = form.get("token");
  const token = typeof field === "string" && field !== "" ? field : context.cookieToken;
  const tokenCheck = checkFormToken(token, now.getTime());
  const checked = tokenCheck.ok ? { ...tokenCheck, key: submissionKey(tokenCheck.submissionKey, values) } : tokenCheck;
  const call = site.phone ? ` ${said.callUs.replace("{phone}", site.phone)}` : "";

  if (!checked.ok && checked.reason === "invalid") {
    return {
      kind: "refused",
      state: { values, token: issueFormToken(now.getTime()), message: `${said.unreadable}${call}` },
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
  const parsed = parseInquiryForm(values, { counties: intake.intakeCounties, matterTypes: intake.intakeMatterTypes, today: calendarDateIn(now, site.timeZone), lang });
  if (!parsed.ok) return { kind: "refused", state: { errors: parsed.errors, values, token } };
  if (!checked.ok) {
    return {
      kind: "refused",
      state: {
        values,
        token,
        message: said.tooQuick,
      },
    };
  }

  if (!allowInquiryFrom(context.address, now)) {
    return {
      kind: "refused",
      state: {
        values,
        token,
        message: `${said.tooMany}${call}`,
      },
    };
  }

  // No notice in this language (the firm has not written the Spanish one): nothing to agree to, so nothing is stored.
  if (!notice.consentText) return { kind: "refused", state: { values, token, message: `${said.noNotice}${call}` } };

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
      // The exact notice shown beside the form, in the language the person read it in.
      language: lang,
      consentText: notice.consentText,
      consentVersion: notice.consentVersion || intake.intakeConsentVersion,
      consentAt: now,
    },
    (inquiry) => [
      ...(notifyTo ? [notificationMail(notifyTo, inquiry, isUrgent({ custodyStatus: data.custodyStatus, courtDate: data.courtDate ?? null }, urgencyWindow(site.timeZone, now)), lang)] : []),
      ...(intake.intakeAcknowledgement && data.email ? [acknowledgementMail(data.email, inquiry.reference, site, lang)] : []),
    ],
    newInquiryReference,
    now,
  );
  if (!notifyTo) console.warn(`[mail] inquiry ${stored.reference} stored; no NOTIFY_EMAIL or firm email set, so nobody was notified by mail`);
  return { kind: "stored", reference: stored.reference, created: stored.created };
}
