"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { requestPasswordReset, RESET_LINK_MINUTES } from "@/lib/accounts/password-reset";
import { fieldErrors, typedValues, type FormState } from "@/lib/forms/form-state";
import { clientAddress } from "@/lib/http/client-address";
import { wakeOutboxWorker } from "@/lib/mail/outbox-worker";

const schema = z.object({
  email: z.string().trim().min(1, "Enter your email address.").max(254, "Use at most 254 characters.").pipe(z.email("Enter an email address, like name@example.com.")),
});

// Reachable without a session by design: it only ever mails the account's own address,
// says the same whether or not the account exists, and is rate limited.
export async function askForPasswordReset(_state: FormState<"email">, form: FormData): Promise<FormState<"email">> {
  const parsed = schema.safeParse({ email: form.get("email") });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values: typedValues(form, ["email"]) };
  const answer = requestPasswordReset(parsed.data.email, clientAddress(await headers()));
  if (answer === "no-mail-server") {
    return { ok: false, message: "This site has no mail server set up yet, so it cannot send a reset link. Ask the person who installed the site to set SMTP_URL, or to reset your password on the server (npm run admin:reset-password)." };
  }
  if (answer === "limited") return { ok: false, message: "Too many reset requests for now. Wait an hour and ask again, or check your mail for a link already sent.", values: typedValues(form, ["email"]) };
  wakeOutboxWorker();
  return {
    ok: true,
    message: `If an account uses ${parsed.data.email}, a link to choose a new password is on its way there. It works once, for ${RESET_LINK_MINUTES} minutes. Mail can take a few minutes; check the spam folder too.`,
  };
}
