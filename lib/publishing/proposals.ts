// The owner's side of proposals (db/proposed-changes.ts): apply what an editor without
// publishing rights proposed for a profile, a tag or an image's description, or decline it. Applying runs the same
// write the owner's own form would.
import "server-only";
import { closeProposal, findOpenProposal, type ProposedChange } from "@/db/proposed-changes";
import { findProfileById, updateProfile, type ProfileFields } from "@/db/profiles";
import { findMediaById, setMediaAlt } from "@/db/media";
import { findTagName, mergeTags, renameTag } from "@/db/tags";
import { restrictedWarning } from "./public-change";

export type ProposalDecision = { ok: true; message: string } | { ok: false; message: string };

const PROFILE_LABELS: Partial<Record<keyof ProfileFields, string>> = {
  displayName: "name",
  title: "title",
  bio: "bio",
  barAdmissions: "bar admissions",
  languages: "languages",
  certifications: "certifications",
  publicEmail: "public email",
  photoAlt: "photo description",
  listed: "a lawyer of the firm",
  photoMediaId: "photo",
};

const shown = (value: unknown): string => {
  if (Array.isArray(value)) return value.map((v) => (typeof v === "object" && v ? Object.values(v).filter(Boolean).join(", ") : String(v))).join("; ");
  if (typeof value === "boolean") return value ? "yes" : "no";
  return value === null || value === undefined ? "none" : String(value);
};

/** What the owner reads about a proposal: a title, each change as "before → after", and the restricted-words check. */
export function describeProposal(proposal: ProposedChange): { title: string; changes: { label: string; before: string; after: string }[]; warning?: string } {
  const payload = proposal.payload;
  if (proposal.kind === "profile") {
    const profile = findProfileById(proposal.targetId);
    const changes = Object.entries(PROFILE_LABELS)
      .filter(([key]) => JSON.stringify(profile?.[key as keyof ProfileFields] ?? null) !== JSON.stringify(payload[key] ?? null))
      .map(([key, label]) => ({ label: label!, before: shown(profile?.[key as keyof ProfileFields]), after: shown(payload[key]) }));
    const warning = restrictedWarning(
      [
        { field: "displayName", label: "name", text: String(payload.displayName ?? "") },
        { field: "title", label: "title", text: String(payload.title ?? "") },
        { field: "bio", label: "bio", text: String(payload.bio ?? "") },
      ],
      Array.isArray(payload.certifications) && payload.certifications.length > 0,
    );
    return { title: `Profile of ${profile?.displayName ?? "a removed lawyer"}`, changes, warning };
  }
  if (proposal.kind === "media-alt") {
    const image = findMediaById(proposal.targetId);
    const alt = String(payload.alt ?? "");
    return {
      title: `Description of the image ${image?.fileName ?? "(removed)"}`,
      changes: [{ label: "description", before: image?.alt || "none", after: alt || "none (each post's own)" }],
      warning: restrictedWarning([{ field: "alt", label: "image description", text: alt }]),
    };
  }
  const from = findTagName(proposal.targetId) ?? "a removed tag";
  if (proposal.kind === "tag-rename") {
    const name = String(payload.name ?? "");
    return { title: `Rename the tag “${from}”`, changes: [{ label: "name", before: from, after: name }], warning: restrictedWarning([{ field: "name", label: "tag name", text: name }]) };
  }
  const into = findTagName(Number(payload.intoId)) ?? "a removed tag";
  return { title: `Merge the tag “${from}” into “${into}”`, changes: [{ label: "posts tagged", before: from, after: into }] };
}

/** Applies an open proposal as the owner; the caller refreshes the public pages. */
export function applyProposal(owner: { id: number }, id: number, now = new Date()): ProposalDecision {
  const proposal = findOpenProposal(id);
  if (!proposal) return { ok: false, message: "This change was already decided." };
  const payload = proposal.payload;
  if (proposal.kind === "profile") {
    if (!findProfileById(proposal.targetId)) return { ok: false, message: "That profile no longer exists." };
    updateProfile(proposal.targetId, payload as unknown as ProfileFields, now);
  } else if (proposal.kind === "media-alt") {
    if (!setMediaAlt(proposal.targetId, String(payload.alt ?? ""))) return { ok: false, message: "That image no longer exists." };
  } else {
    const result = proposal.kind === "tag-rename" ? renameTag(proposal.targetId, String(payload.name ?? "")) : mergeTags(proposal.targetId, Number(payload.intoId));
    if (!result.ok) return { ok: false, message: result.message };
  }
  closeProposal(id, "applied", owner.id, now);
  return { ok: true, message: "Applied. The public site shows it now." };
}

export function declineProposal(owner: { id: number }, id: number, now = new Date()): ProposalDecision {
  return closeProposal(id, "declined", owner.id, now) ? { ok: true, message: "Declined. Nothing changed on the site." } : { ok: false, message: "This change was already decided." };
}
