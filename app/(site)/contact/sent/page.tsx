import type { Metadata } from "next";
import Link from "next/link";
import { PhoneLink } from "@/components/site/phone-link";
import { REFERENCE_PATTERN } from "@/lib/inquiries/inquiry-reference";
import { listListedProfiles } from "@/db/profiles";
import { getSiteSettings } from "@/lib/site/settings";

export const metadata: Metadata = { title: "Message received", robots: { index: false } };

// Shows only the reference from the address: nothing of the inquiry is read back here.
export default async function InquirySentPage({ searchParams }: { searchParams: Promise<{ ref?: string | string[] }> }) {
  const { ref } = await searchParams;
  const reference = typeof ref === "string" && REFERENCE_PATTERN.test(ref) ? ref : undefined;
  const site = getSiteSettings();
  // A single-lawyer firm names its lawyer; with several, "someone" is the honest promise.
  const lawyers = listListedProfiles();
  const reader = lawyers.length === 1 ? `${lawyers[0]!.displayName} or someone` : "Someone";
  return (
    <div className="max-w-prose space-y-6">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">Thank you: we received your message</h1>
      {reference && (
        <p className="rounded-lg bg-brand-50 p-4 text-lg">
          Your reference number is <strong className="whitespace-nowrap font-mono text-xl tracking-wider text-brand-900">{reference}</strong>. Mention it
          if you call us.
        </p>
      )}
      <section aria-labelledby="next-heading" className="space-y-3">
        <h2 id="next-heading" className="text-xl font-semibold text-brand-900">
          What happens next
        </h2>
        <ul className="list-disc space-y-2 pl-6 text-slate-700">
          <li>{reader} from our office reads your message and contacts you the way you asked, {site.responsePromise}.</li>
          <li>Until we have agreed to represent you, please don’t send confidential details about what happened.</li>
          {site.phone && (
            <li>
              If it is urgent (someone is in jail, or court is in the next few days), call us now at{" "}
              <PhoneLink phone={site.phone} className="font-semibold text-brand-700 underline" />.
            </li>
          )}
        </ul>
      </section>
      <p>
        <Link href="/" className="inline-block py-2.5 text-brand-700 underline">
          Back to the home page
        </Link>
      </p>
    </div>
  );
}
