import type { Metadata } from "next";
import { InquirySentView } from "@/components/inquiries/inquiry-sent-view";
import { REFERENCE_PATTERN } from "@/lib/inquiries/inquiry-reference";
import { listListedProfiles } from "@/db/profiles";
import { getSiteSettings } from "@/lib/site/settings";

export const metadata: Metadata = { title: "Message received", robots: { index: false } };

// Shows only the reference from the address: nothing of the inquiry is read back here.
export default async function InquirySentPage({ searchParams }: { searchParams: Promise<{ ref?: string | string[] }> }) {
  const { ref } = await searchParams;
  const reference = typeof ref === "string" && REFERENCE_PATTERN.test(ref) ? ref : undefined;
  const site = getSiteSettings();
  const lawyers = listListedProfiles();
  return <InquirySentView lang="en" site={site} reference={reference} lawyerName={lawyers.length === 1 ? lawyers[0]!.displayName : undefined} responsePromise={site.responsePromise} />;
}
