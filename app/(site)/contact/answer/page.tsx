import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ContactPageBody } from "@/components/inquiries/contact-page-body";
import { CONTACT_PATH } from "@/lib/http/routes.mjs";
import { sendInquiry } from "../actions";

// The contact form sent without JavaScript comes here (React's permalink, set by the form):
// a form that went through has been sent on to /contact/sent by then, so this page always
// answers one with problems, rendered for this request, and its title says so (WCAG 3.3.1).
export const metadata: Metadata = { title: "Error: Contact", robots: { index: false } };

export default async function ContactAnswerPage() {
  // Opened rather than posted to (a bookmark, a reload after the answer): the form itself.
  if ((await headers()).get("x-form-answer") !== "1") redirect(CONTACT_PATH);
  return <ContactPageBody action={sendInquiry} />;
}
