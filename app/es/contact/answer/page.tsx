import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ContactPage } from "@/components/inquiries/contact-page";
import { CONTACT_PAGES } from "@/lib/http/routes.mjs";
import { dictionary } from "@/lib/i18n/dictionary";
import { spanishPrivacyHref } from "@/lib/i18n/spanish-privacy";
import { sendSpanishInquiry } from "../actions";

// The Spanish form sent without JavaScript, answered with its problems (app/(site)/contact/answer/page.tsx says why).
export const metadata: Metadata = { title: dictionary("es").contact.errorTitle, robots: { index: false } };

export default async function SpanishContactAnswerPage() {
  if ((await headers()).get("x-form-answer") !== "1") redirect(CONTACT_PAGES.es);
  return <ContactPage lang="es" action={sendSpanishInquiry} privacyHref={spanishPrivacyHref()} />;
}
