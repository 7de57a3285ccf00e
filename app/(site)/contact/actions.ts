"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/client-address";
import type { InquiryFormState } from "@/lib/inquiry-form-state";
import { wakeOutboxWorker } from "@/lib/outbox-worker";
import { submitInquiry } from "@/lib/submit-inquiry";

/** The contact form's action: public (no sign-in); every rule lives in lib/submit-inquiry.ts. */
export async function sendInquiry(previous: InquiryFormState, form: FormData): Promise<InquiryFormState> {
  const outcome = submitInquiry(form, { address: clientAddress(await headers()) });
  if (outcome.kind === "refused") return { ...outcome.state, attempt: previous.attempt + 1 };
  // Committed (or never stored: the honeypot); only now is mail attempted and success shown.
  if (outcome.kind === "stored" && outcome.created) wakeOutboxWorker();
  redirect(`/contact/sent?ref=${encodeURIComponent(outcome.reference)}`);
}
