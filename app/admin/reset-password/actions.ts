"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { resetPassword } from "@/lib/accounts/password-reset";
import { passwordSchema } from "@/lib/accounts/passwords";
import { fieldErrors, type FormState } from "@/lib/forms/form-state";
import { clientAddress } from "@/lib/http/client-address";

const schema = z.object({ token: z.string().min(1).max(100), password: passwordSchema });

// Reachable without a session by design: it works only with a link's unused, unexpired token.
export async function chooseNewPassword(_state: FormState<"password" | "token">, form: FormData): Promise<FormState<"password" | "token">> {
  const parsed = schema.safeParse({ token: form.get("token"), password: form.get("password") });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return errors.token ? { ok: false, message: "This link is not complete. Open the link from the mail again, or ask for a new one." } : { errors };
  }
  const outcome = await resetPassword(parsed.data.token, parsed.data.password, clientAddress(await headers()));
  if (!outcome.ok) return outcome.field === "password" ? { errors: { password: outcome.message } } : { ok: false, message: outcome.message };
  redirect("/admin/login?reset=1");
}
