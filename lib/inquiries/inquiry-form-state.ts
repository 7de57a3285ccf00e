import type { FormState } from "@/lib/forms/form-state";
import type { InquiryErrorField } from "./inquiry-form";

/**
 * What the contact form's server action answers when it does not redirect: the common
 * form state (its `message` says what went wrong with the whole form: too fast, too many,
 * unreadable), plus what the intake form needs besides.
 */
export type InquiryFormState = FormState<InquiryErrorField> & {
  /** Counts answers, so the form re-mounts with the values sent back. */
  attempt: number;
  /** The form token to post next time (the same one, unless it could not be used). */
  token?: string;
};

export const initialInquiryFormState: InquiryFormState = { attempt: 0 };
