"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { findImportRun } from "@/db/imports";
import { requireActionUser } from "@/lib/accounts/auth";
import { authorizePublicChange } from "@/lib/publishing/public-change";
import type { FormState } from "@/lib/forms/form-state";
import { bylineProblem, chooseLawyer } from "@/lib/import/import-byline";
import { cancelImport, runImport } from "@/lib/import/import-run";

const runId = z.coerce.number().int().positive();
// The lawyer for posts with no author: a profile id, or nothing chosen.
const lawyerId = z.union([z.literal(""), z.coerce.number().int().positive()]).nullish();

/** Owner only: starts the planned import in the background; the page shows its progress. */
export async function startImport(_state: FormState, form: FormData): Promise<FormState> {
  // Owner only, so it always applies (lib/publishing/public-change.ts: the rule for every public change).
  const { user } = await authorizePublicChange({ role: "owner" });
  const id = runId.safeParse(form.get("runId"));
  const run = id.success ? findImportRun(id.data) : undefined;
  if (!run) return { ok: false, message: "That import is gone. Start again from the Import page." };
  if (run.status !== "planned") return { ok: false, message: "This import has already been started." };
  const lawyer = lawyerId.safeParse(form.get("bylineProfileId"));
  if (!lawyer.success) return { ok: false, message: "Choose a lawyer from the list." };
  if (typeof lawyer.data === "number" && !chooseLawyer(run.id, lawyer.data)) return { ok: false, message: "That lawyer's profile is gone or is not a lawyer's. Choose another." };
  const problem = bylineProblem(findImportRun(run.id)!, user.id);
  if (problem) return { ok: false, message: problem };
  void runImport(run.id, user.id);
  revalidatePath(`/admin/import/${run.id}`);
  return { ok: true, message: "Importing. You can leave this page: the import carries on, and this page shows how far it is." };
}

/** Owner only: stops the import before its next post (the one in progress is finished, never left half-written). */
export async function cancelImportRun(_state: FormState, form: FormData): Promise<FormState> {
  await requireActionUser({ role: "owner" });
  const id = runId.safeParse(form.get("runId"));
  if (!id.success || !cancelImport(id.data)) return { ok: false, message: "This import has already finished." };
  revalidatePath(`/admin/import/${id.data}`);
  return { ok: true, message: "Cancelled. What was imported stays; running the same export again carries on from there." };
}
