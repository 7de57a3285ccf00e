import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ContactPage } from "@/components/inquiries/contact-page";
import { CONTACT_PAGES } from "@/lib/http/routes.mjs";
import { dictionary } from "@/lib/i18n/dictionary";
import { sendInquiry } from "../actions";

// The contact form sent without JavaScript comes here (React's permalink, set by the form):
// a form that went through has been sent on to /contact/sent by then, so this page always
// answers one with problems, rendered for this request, and its title says so (WCAG 3.3.1).
export const metadata: Metadata = { title: dictionary("en").contact.errorTitle, robots: { index: false } };

export default async function EnglishContactAnswerPage() {
  // Opened rather than posted to (a bookmark, a reload after the answer): the form itself.
  if ((await headers()).get("x-form-answer") !== "1") redirect(CONTACT_PAGES.en);
  return <ContactPage lang="en" action={sendInquiry} />;
}
