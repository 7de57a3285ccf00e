"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/http/client-address";
import { formTokenCookieName } from "@/lib/inquiries/form-token";
import type { InquiryFormState } from "@/lib/inquiries/inquiry-form-state";
import { wakeOutboxWorker } from "@/lib/mail/outbox-worker";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";

/** The contact form's action: public (no sign-in); every rule lives in lib/inquiries/submit-inquiry.ts. */
export async function sendInquiry(previous: InquiryFormState, form: FormData): Promise<InquiryFormState> {
  // Anyone can call this with arguments of their own making: anything but a form is a 400's worth, answered as a form error.
  const attempt = typeof previous?.attempt === "number" && Number.isSafeInteger(previous.attempt) ? previous.attempt : 0;
  if (!(form instanceof FormData)) return { attempt: attempt + 1, message: "The form could not be read. Reload the page and send it again." };
  const outcome = await submitInquiry(form, { address: clientAddress(await headers()), cookieToken: (await cookies()).get(formTokenCookieName())?.value });
  if (outcome.kind === "refused") return { ...outcome.state, attempt: attempt + 1 };
  // Committed (or never stored: the honeypot); only now is mail attempted and success shown.
  if (outcome.kind === "stored" && outcome.created) wakeOutboxWorker();
  redirect(`/contact/sent?ref=${encodeURIComponent(outcome.reference)}`);
}
