// The contact form's action body, for both languages' pages (app/(site)/contact/actions.ts,
// app/es/contact/actions.ts): public (no sign-in); every rule lives in submit-inquiry.ts.
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/http/client-address";
import type { Lang } from "@/lib/i18n/languages";
import { wakeOutboxWorker } from "@/lib/mail/outbox-worker";
import { formTokenCookieName } from "./form-token";
import type { InquiryFormState } from "./inquiry-form-state";
import { sentPath, submitInquiry } from "./submit-inquiry";
import { SUBMIT_MESSAGES } from "./submit-messages";

export async function answerInquiry(previous: InquiryFormState, form: FormData, lang: Lang): Promise<InquiryFormState> {
  // Anyone can call this with arguments of their own making: anything but a form is a 400's worth, answered as a form error.
  const attempt = typeof previous?.attempt === "number" && Number.isSafeInteger(previous.attempt) ? previous.attempt : 0;
  if (!(form instanceof FormData)) return { attempt: attempt + 1, message: SUBMIT_MESSAGES[lang].notAForm };
  const outcome = await submitInquiry(form, { address: clientAddress(await headers()), cookieToken: (await cookies()).get(formTokenCookieName())?.value, lang });
  if (outcome.kind === "refused") return { ...outcome.state, attempt: attempt + 1 };
  // Committed (or never stored: the honeypot); only now is mail attempted and success shown.
  if (outcome.kind === "stored" && outcome.created) wakeOutboxWorker();
  redirect(sentPath(lang, outcome.reference));
}
