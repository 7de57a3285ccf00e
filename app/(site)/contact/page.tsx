import type { Metadata } from "next";
import { ContactPage } from "@/components/inquiries/contact-page";
import { dictionary } from "@/lib/i18n/dictionary";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { sendInquiry } from "./actions";

export function generateMetadata(): Metadata {
  const words = dictionary("en").contact;
  return publicPageMetadata({ path: "/contact", title: words.title, description: words.description, translations: { en: "/contact", es: "/es/contact" } });
}

// Served from the cache like every public page (app/(site)/layout.tsx): the one thing each
// visitor needs of their own, the form's signed token, goes out in a cookie beside it.
export default function EnglishContactPage() {
  return <ContactPage lang="en" action={sendInquiry} />;
}
