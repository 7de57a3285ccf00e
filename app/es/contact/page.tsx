import type { Metadata } from "next";
import { ContactPage } from "@/components/inquiries/contact-page";
import { spanishPrivacyHref } from "@/lib/i18n/spanish-privacy";
import { dictionary } from "@/lib/i18n/dictionary";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { sendSpanishInquiry } from "./actions";

export function generateMetadata(): Metadata {
  const words = dictionary("es").contact;
  return publicPageMetadata({ path: "/es/contact", title: words.title, description: words.description, lang: "es", translations: { en: "/contact", es: "/es/contact" } });
}

// The contact form in Spanish, cached as the English one is (app/(site)/contact/page.tsx).
export default function SpanishContactPage() {
  return <ContactPage lang="es" action={sendSpanishInquiry} privacyHref={spanishPrivacyHref()} />;
}
