"use server";

import type { InquiryFormState } from "@/lib/inquiries/inquiry-form-state";
import { answerInquiry } from "@/lib/inquiries/inquiry-action";

/** The contact form's action: public (no sign-in); every rule lives in lib/inquiries/submit-inquiry.ts. */
export async function sendInquiry(previous: InquiryFormState, form: FormData): Promise<InquiryFormState> {
  return answerInquiry(previous, form, "en");
}
