import type { Metadata } from "next";
import { InquirySentView } from "@/components/inquiries/inquiry-sent-view";
import { listListedProfiles } from "@/db/profiles";
import { dictionary } from "@/lib/i18n/dictionary";
import { firmTexts } from "@/lib/i18n/firm-texts";
import { REFERENCE_PATTERN } from "@/lib/inquiries/inquiry-reference";
import { getSiteSettings } from "@/lib/site/settings";

export const metadata: Metadata = { title: dictionary("es").sent.title, robots: { index: false } };

// The Spanish confirmation: only the reference from the address, as the English one.
export default async function SpanishInquirySentPage({ searchParams }: { searchParams: Promise<{ ref?: string | string[] }> }) {
  const { ref } = await searchParams;
  const reference = typeof ref === "string" && REFERENCE_PATTERN.test(ref) ? ref : undefined;
  const lawyers = listListedProfiles();
  return <InquirySentView lang="es" site={getSiteSettings()} reference={reference} lawyerName={lawyers.length === 1 ? lawyers[0]!.displayName : undefined} responsePromise={firmTexts("es").responsePromise} />;
}
