// What the intake mails say, and how they leave. The notification says only that an
// inquiry arrived, its reference and where to read it: nothing the person wrote.
import type { Lang } from "@/lib/i18n/languages";
import "server-only";
import nodemailer from "nodemailer";
import type { QueuedMail } from "@/db/inquiries/inquiries";
import { env } from "@/lib/platform/env";
import type { SiteSettings } from "@/lib/site/settings-schema";
import { siteUrl } from "@/lib/http/site-url";

/** Anything that can send a mail (nodemailer's transport; a fake one in tests). */
export type MailTransport = {
  sendMail(mail: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
};

/** Where notifications go: NOTIFY_EMAIL, else the firm's email from settings, else nowhere. */
export function notifyAddress(site: Pick<SiteSettings, "email">): string | undefined {
  return env().notifyEmail || site.email || undefined;
}

/** The From address: MAIL_FROM, else the notify address, else a local placeholder. */
export function fromAddress(site: Pick<SiteSettings, "email" | "firmName">): string {
  const address = env().mailFrom || notifyAddress(site) || "no-reply@localhost";
  return address.includes("<") ? address : `"${site.firmName.replace(/["\\\r\n]/g, "")}" <${address}>`;
}

/**
 * The notification: its subject says "Urgent" for someone in custody or due in court within
 * 3 days (lib/inquiries/inquiry-urgency.ts), so it stands out in a phone's list of mail at night, and
 * says nothing the person wrote, there or in the text.
 */
export function notificationMail(to: string, inquiry: { id: number; reference: string }, urgent = false, language: Lang = "en"): QueuedMail {
  // The language of the form, so the firm knows who should call back; never the person's words.
  const inSpanish = language === "es" ? " in Spanish" : "";
  return {
    toAddress: to,
    subject: `${urgent ? "Urgent inquiry" : "New inquiry"}${inSpanish} ${inquiry.reference}`,
    textBody: [
      `A new inquiry${inSpanish} arrived through the website: reference ${inquiry.reference}.`,
      ...(language === "es" ? ["The person filled in the form in Spanish."] : []),
      ...(urgent ? ["It is marked urgent: someone is in custody, or has a court date within 3 days."] : []),
      "",
      `Read it in the admin (sign-in required):`,
      `${siteUrl()}/admin/inquiries/${inquiry.id}`,
      "",
      "For the person's privacy this mail carries nothing they wrote.",
    ].join("\n"),
  };
}

/** The short "we received it" mail to the person, in the language of the form they filled in. */
export function acknowledgementMail(to: string, reference: string, site: Pick<SiteSettings, "firmName" | "phone">, language: Lang = "en"): QueuedMail {
  const es = language === "es";
  return {
    toAddress: to,
    subject: es ? `Recibimos su mensaje (${reference})` : `We received your message (${reference})`,
    textBody: [
      es ? `Gracias. ${site.firmName} recibió su mensaje. Su número de referencia es ${reference}.` : `Thank you. ${site.firmName} received your message. Your reference is ${reference}.`,
      "",
      es ? "Nos comunicaremos con usted pronto." : "We will contact you soon.",
      site.phone ? (es ? `Si es urgente, llámenos al ${site.phone}.` : `If it is urgent, call us at ${site.phone}.`) : "",
      "",
      es
        ? "Enviar un mensaje no lo convierte en nuestro cliente. Por favor, no responda con detalles confidenciales."
        : "Sending a message does not make you our client. Please do not reply with confidential details.",
    ]
      .filter((line, i, all) => line !== "" || all[i - 1] !== "")
      .join("\n"),
  };
}

/** The SMTP transport from SMTP_URL (smtp://user:pass@host:port, smtps://…), or undefined. */
export function smtpTransport(): MailTransport | undefined {
  const url = env().smtpUrl;
  if (!url) return undefined;
  return nodemailer.createTransport(url);
}

/** Whether a mail server is set (SMTP_URL): without one, mail waits in the outbox. */
export function mailServerConfigured(): boolean {
  return env().smtpUrl !== undefined;
}

/** The password reset link, to the account's own address (lib/accounts/password-reset.ts). */
export function passwordResetMail(to: string, link: string, minutes: number, firmName: string): QueuedMail {
  return {
    toAddress: to,
    subject: `Reset your password for ${firmName}`,
    textBody: [
      "Someone asked to reset the password of your account on the firm's website admin.",
      "",
      `To choose a new password, open this link within ${minutes} minutes. It works once:`,
      link,
      "",
      "Every device signed in to your account is signed out when you do. If you turned on an",
      "authenticator app or a passkey, it is still asked for when you sign in.",
      "",
      "If you did not ask for this, ignore this mail: your password stays as it is.",
    ].join("\n"),
  };
}
