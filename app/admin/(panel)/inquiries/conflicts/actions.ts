"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import * as conflictList from "@/db/conflict-list";
import { CONFLICT_ROLES } from "@/lib/conflicts/conflict-roles";
import { requireActionUser } from "@/lib/accounts/auth";
import { CONFLICT_LIMITS, conflictEntrySchema, readConflictCsv } from "@/lib/conflicts/conflict-list";
import { fieldErrors, typedValues, type FormState } from "@/lib/forms/form-state";

/** One person added to the conflict list by hand. */
export async function addConflictParty(_state: FormState, form: FormData): Promise<FormState> {
  const user = await requireActionUser({ role: "owner" });
  const values = typedValues(form, ["name", "role", "matter"]);
  const parsed = conflictEntrySchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  conflictList.addConflictParty(parsed.data, user.id);
  revalidatePath("/admin/inquiries/conflicts");
  return { ok: true, message: `Added ${parsed.data.name} to the conflict list.` };
}

/** A CSV file from the practice-management tool, added in one go (all rows or none). */
export async function importConflictList(_state: FormState, form: FormData): Promise<FormState> {
  const user = await requireActionUser({ role: "owner" });
  const file = form.get("file");
  const role = z.enum(CONFLICT_ROLES).safeParse(form.get("defaultRole"));
  if (!role.success) return { errors: { defaultRole: "Choose who the people are when the file does not say." } };
  if (!(file instanceof File) || file.size === 0) return { errors: { file: "Choose a CSV file." } };
  if (file.size > CONFLICT_LIMITS.fileBytes) return { errors: { file: "The file is larger than 1 MB: split it." } };
  const text = new TextDecoder("utf-8", { fatal: false }).decode(await file.arrayBuffer());
  if (text.includes("\u0000")) return { errors: { file: "This is not a CSV file. Export the list as CSV (comma-separated values)." } };
  const read = readConflictCsv(text, role.data);
  if (!read.ok) return { errors: { file: read.error } };
  const { added, duplicates } = conflictList.importConflictParties(read.entries, user.id);
  revalidatePath("/admin/inquiries/conflicts");
  const notes = [duplicates && `${duplicates} already listed`, read.skipped && `${read.skipped} row${read.skipped === 1 ? "" : "s"} without a name skipped`].filter(Boolean);
  return { ok: true, message: `Imported ${added} ${added === 1 ? "person" : "people"}${notes.length ? ` (${notes.join("; ")})` : ""}.` };
}

/** Removes one entry. */
export async function removeConflictParty(form: FormData): Promise<void> {
  await requireActionUser({ role: "owner" });
  const id = z.coerce.number().int().positive().safeParse(form.get("id"));
  if (id.success) conflictList.deleteConflictParty(id.data);
  revalidatePath("/admin/inquiries/conflicts");
}
