"use server";

import type { InquiryFormState } from "@/lib/inquiries/inquiry-form-state";
import { answerInquiry } from "@/lib/inquiries/inquiry-action";

/** The Spanish contact form's action: the language is this route's, never a field of the form. */
export async function sendSpanishInquiry(previous: InquiryFormState, form: FormData): Promise<InquiryFormState> {
  return answerInquiry(previous, form, "es");
}
