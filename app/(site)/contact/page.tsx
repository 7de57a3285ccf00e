import type { Metadata } from "next";
import { ContactPageBody } from "@/components/inquiries/contact-page-body";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { sendInquiry } from "./actions";

export function generateMetadata(): Metadata {
  return publicPageMetadata({ path: "/contact", title: "Contact", description: "Tell us what happened and how to reach you. We answer every message." });
}

// Served from the cache like every public page (app/(site)/layout.tsx): the one thing each
// visitor needs of their own, the form's signed token, goes out in a cookie beside it.
export default function ContactPage() {
  return <ContactPageBody action={sendInquiry} />;
}
