"use server";

import { redirect } from "next/navigation";
import { createOwnerWithToken, newAccountSchema } from "@/lib/accounts/first-user";
import { fieldErrors, typedValues, type FormState } from "@/lib/forms/form-state";

// Reachable without a session by design: it works only with the one-time token printed
// at start-up, and only while no account exists.
export async function createOwner(_state: FormState, form: FormData): Promise<FormState> {
  const parsed = newAccountSchema.safeParse({ name: form.get("name"), email: form.get("email"), password: form.get("password") });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values: typedValues(form, ["name", "email"]) };
  if (!(await createOwnerWithToken(form.get("token"), parsed.data))) {
    return { message: "This setup link has already been used or is not valid. Restart the server for a new one.", values: typedValues(form, ["name", "email"]) };
  }
  redirect("/admin/login");
}
