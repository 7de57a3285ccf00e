import type { FieldErrors, FormValues } from "./inquiry-form";

/** What the contact form's server action answers when it does not redirect. */
export type InquiryFormState = {
  /** Counts answers, so the form re-mounts with the values sent back. */
  attempt: number;
  errors: FieldErrors;
  values: FormValues;
  /** The form token to post next time (the same one, unless it could not be used). */
  token?: string;
  /** A message about the whole form (too fast, too many, expired). */
  notice?: string;
};

export const initialInquiryFormState: InquiryFormState = { attempt: 0, errors: {}, values: {} };
