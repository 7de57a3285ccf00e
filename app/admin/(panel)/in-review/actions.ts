"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { authorizePublicChange } from "@/lib/publishing/public-change";
import { applyProposal, declineProposal } from "@/lib/publishing/proposals";
import { refreshPublicPages } from "@/lib/http/public-pages";
import { scheduleChanged } from "@/lib/publishing/publication-watch";
import { approveAndPublish, returnForChanges } from "@/lib/publishing/approval";

const id = z.coerce.number().int().positive();

/** Owner only: publishes what the editor sent, as the owner read it (its revision). */
export async function approveRequest(form: FormData) {
  const { user: owner } = await authorizePublicChange({ role: "owner" });
  const postId = id.safeParse(form.get("postId"));
  const revision = id.safeParse(form.get("revision"));
  if (!postId.success || !revision.success) redirect("/admin/in-review");
  const decision = approveAndPublish(owner, postId.data, revision.data);
  if (!decision.ok) redirect(`/admin/in-review/${postId.data}?error=${encodeURIComponent(decision.message)}`);
  refreshPublicPages();
  scheduleChanged();
  redirect(`/admin/in-review?published=${postId.data}`);
}

const note = z.string().trim().min(1, "Write a note: say what to change.").max(2000, "Keep the note under 2,000 characters.");

/** Owner only: sends it back to the editor with a note; nothing goes public. */
export async function returnRequest(form: FormData) {
  const { user: owner } = await authorizePublicChange({ role: "owner" });
  const postId = id.safeParse(form.get("postId"));
  if (!postId.success) redirect("/admin/in-review");
  const parsed = note.safeParse(form.get("note"));
  if (!parsed.success) redirect(`/admin/in-review/${postId.data}?noteError=${encodeURIComponent(parsed.error.issues[0]!.message)}`);
  const decision = returnForChanges(owner, postId.data, parsed.data);
  if (!decision.ok) redirect(`/admin/in-review/${postId.data}?error=${encodeURIComponent(decision.message)}`);
  redirect(`/admin/in-review?returned=${postId.data}`);
}

/** Owner only: applies a change an editor proposed to a profile or a tag; the public site shows it at once. */
export async function applyProposedChange(form: FormData) {
  const { user: owner } = await authorizePublicChange({ role: "owner" });
  const proposalId = id.safeParse(form.get("proposalId"));
  if (!proposalId.success) redirect("/admin/in-review");
  const decision = applyProposal(owner, proposalId.data);
  if (decision.ok) refreshPublicPages();
  redirect(`/admin/in-review?${decision.ok ? "applied" : "proposalError"}=${encodeURIComponent(decision.ok ? String(proposalId.data) : decision.message)}`);
}

/** Owner only: declines a proposed change; nothing changes on the site. */
export async function declineProposedChange(form: FormData) {
  const { user: owner } = await authorizePublicChange({ role: "owner" });
  const proposalId = id.safeParse(form.get("proposalId"));
  if (!proposalId.success) redirect("/admin/in-review");
  const decision = declineProposal(owner, proposalId.data);
  redirect(`/admin/in-review?${decision.ok ? "declined" : "proposalError"}=${encodeURIComponent(decision.ok ? String(proposalId.data) : decision.message)}`);
}
