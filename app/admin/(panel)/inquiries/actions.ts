"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import * as inquiries from "@/db/inquiries/inquiries";
import { INQUIRY_STATUSES } from "@/lib/inquiries/inquiry-statuses";
import { requireActionUser } from "@/lib/accounts/auth";
import { urgencyWindow } from "@/lib/inquiries/inquiry-urgency";
import { fieldErrors, typedValues, type FormState } from "@/lib/forms/form-state";
import { getSiteSettings } from "@/lib/site/settings";

// Every action checks the session first; nothing changes without one.
const idField = z.coerce.number().int().positive();

/**
 * Marks an inquiry read. A POST from the inquiry's page (on load with JavaScript, by its
 * button without): opening the page itself, a GET, changes nothing, so a link from
 * another site cannot.
 */
export async function markInquiryAsRead(form: FormData): Promise<void> {
  await requireActionUser({ role: "owner" });
  const parsed = idField.safeParse(form.get("id"));
  if (parsed.success) inquiries.markInquiryRead(parsed.data);
  revalidatePath("/admin", "layout");
}

/** Answers on the page, next to the form (its status region takes focus), rather than by a redirect. */
export async function changeInquiryStatus(_state: FormState<"status">, form: FormData): Promise<FormState<"status">> {
  const user = await requireActionUser({ role: "owner" });
  const parsed = z.object({ id: idField, status: z.enum(INQUIRY_STATUSES) }).safeParse({ id: form.get("id"), status: form.get("status") });
  if (!parsed.success) return { errors: { status: "Please choose a status." } };
  if (!inquiries.changeInquiryStatus(parsed.data.id, parsed.data.status, user.id)) redirect("/admin/inquiries");
  revalidatePath("/admin", "layout");
  return { ok: true, message: "Status changed." };
}

/**
 * An internal note. It answers the form (components/admin/inquiries/inquiry-note-form.tsx) rather
 * than redirecting with ?saved=note: a "Note added." kept in the address was shown again
 * after a later note met an ended session and the sign-in came back to that address.
 */
export async function addInquiryNote(_state: FormState<"note">, form: FormData): Promise<FormState<"note">> {
  const user = await requireActionUser({ role: "owner" });
  const parsed = z
    .object({ id: idField, note: z.string().trim().min(1, "Write the note first.").max(5000, "A note is 5000 characters at most.") })
    .safeParse({ id: form.get("id"), note: form.get("note") });
  if (!parsed.success) return { ok: false, errors: fieldErrors<"note">(parsed.error), values: typedValues(form, ["note"]) };
  if (!inquiries.addInquiryNote(parsed.data.id, parsed.data.note, user.id)) redirect("/admin/inquiries");
  revalidatePath(`/admin/inquiries/${parsed.data.id}`);
  return { ok: true, message: "Note added. It is at the end of the history." };
}

export async function deleteInquiry(form: FormData): Promise<void> {
  await requireActionUser({ role: "owner" });
  const parsed = z.object({ id: idField, confirm: z.literal("yes") }).safeParse({ id: form.get("id"), confirm: form.get("confirm") });
  if (!parsed.success) redirect("/admin/inquiries");
  const inquiry = inquiries.getInquiry(parsed.data.id, urgencyWindow(getSiteSettings().timeZone));
  if (inquiry) inquiries.deleteInquiry(inquiry.id);
  redirect(inquiry ? `/admin/inquiries?deleted=${encodeURIComponent(inquiry.reference)}` : "/admin/inquiries");
}
