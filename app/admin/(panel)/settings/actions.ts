"use server";

import { writeSettingValues } from "@/db/settings";
import { requireActionUser } from "@/lib/auth";
import { refreshPublicPages } from "@/lib/public-pages";
import { fieldErrors, type FormState } from "@/lib/form-state";
import { settingsSchema } from "@/lib/settings-schema";

const textKeys = Object.keys(settingsSchema.shape).filter((key) => key !== "practiceAreas");

/** Owner only: saves the firm's details; nothing is saved unless every field is valid. */
export async function saveSettings(_state: FormState, form: FormData): Promise<FormState> {
  await requireActionUser({ role: "owner" });
  const values = Object.fromEntries([...textKeys, "practiceAreas"].map((key) => [key, String(form.get(key) ?? "")]));
  const parsed = settingsSchema.safeParse({
    ...values,
    practiceAreas: values.practiceAreas!.split("\n").map((line) => line.trim()).filter(Boolean),
  });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values, message: "Nothing was saved: please fix the fields marked below." };
  writeSettingValues(parsed.data);
  refreshPublicPages();
  return { ok: true, message: "Settings saved. The public site shows them now.", values };
}
