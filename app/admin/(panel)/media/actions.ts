"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import * as mediaQueries from "@/db/media";
import { fieldErrors, type FormState } from "@/lib/forms/form-state";
import { removeStoredFiles } from "@/lib/media/media-storage";
import { NEEDS_APPROVAL_MESSAGE } from "@/lib/publishing/publishing-rights";
import { proposeChange } from "@/db/proposed-changes";
import { authorizePublicChange, PROPOSED_MESSAGE } from "@/lib/publishing/public-change";
import { refreshPublicPages } from "@/lib/http/public-pages";

const mediaId = z.coerce.number().int().positive();
const MEDIA_ALT_LIMIT = 300;

/**
 * The library's description of an image: every body image made from it says it at once,
 * on the public pages too, so it is a public change: an editor without publishing rights
 * proposes it and it waits for the owner.
 */
export async function saveMediaAlt(_state: FormState, form: FormData): Promise<FormState> {
  const { user, applies } = await authorizePublicChange();
  const parsed = z
    .object({ mediaId, alt: z.string().trim().max(MEDIA_ALT_LIMIT, `Keep the description under ${MEDIA_ALT_LIMIT} characters.`) })
    .safeParse({ mediaId: form.get("mediaId"), alt: form.get("alt") });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values: { alt: String(form.get("alt") ?? "") } };
  if (!applies) {
    if (!mediaQueries.findMediaById(parsed.data.mediaId)) return { ok: false, message: "That image is gone. Reload the page." };
    proposeChange({ kind: "media-alt", targetId: parsed.data.mediaId, payload: { alt: parsed.data.alt }, userId: user.id });
    return { ok: true, message: PROPOSED_MESSAGE, values: { alt: parsed.data.alt } };
  }
  if (!mediaQueries.setMediaAlt(parsed.data.mediaId, parsed.data.alt)) return { ok: false, message: "That image is gone. Reload the page." };
  refreshPublicPages();
  revalidatePath("/admin/media");
  return { ok: true, message: parsed.data.alt ? "Saved. Pages with this image say it now." : "Saved. Each post's own description is used." };
}

/** Deletes one upload, refused while anything uses it. */
export async function deleteMedia(_state: FormState, form: FormData): Promise<FormState> {
  // What the library holds is shown on public pages: changing it is publishing.
  if (!(await authorizePublicChange()).applies) return { ok: false, message: NEEDS_APPROVAL_MESSAGE };
  const id = mediaId.safeParse(form.get("mediaId"));
  if (!id.success) return { ok: false, message: "That image is gone. Reload the page." };
  const result = mediaQueries.deleteUnusedMedia(id.data);
  if (!result.ok) return { ok: false, message: `Not deleted: it is used by ${result.uses.map((u) => `${u.title} (${u.how})`).join(", ")}. Remove it there first.` };
  removeStoredFiles(result.fileNames);
  revalidatePath("/admin/media");
  return { ok: true, message: "Deleted." };
}

/** Deletes every upload nothing uses (with its variants). */
export async function cleanUpMedia(_state: FormState, form: FormData): Promise<FormState> {
  // What the library holds is shown on public pages: changing it is publishing.
  if (!(await authorizePublicChange()).applies) return { ok: false, message: NEEDS_APPROVAL_MESSAGE };
  if (form.get("confirm") !== "yes") return { errors: { confirm: "Tick the box to confirm." } };
  let deleted = 0;
  for (const item of mediaQueries.listLibrary()) {
    if (item.uses.length) continue;
    const result = mediaQueries.deleteUnusedMedia(item.id);
    if (result.ok && result.fileNames.length) {
      removeStoredFiles(result.fileNames);
      deleted++;
    }
  }
  revalidatePath("/admin/media");
  return { ok: true, message: deleted === 1 ? "Deleted 1 unused image." : `Deleted ${deleted} unused images.` };
}
