"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { proposeChange } from "@/db/proposed-changes";
import * as tagQueries from "@/db/tags";
import { setTagTranslation } from "@/db/translations/tag-translations";
import { fieldErrors, typedValues, type FormState } from "@/lib/forms/form-state";
import { POST_LIMITS, tagNameSchema } from "@/lib/posts/post-input";
import { refreshPublicPages } from "@/lib/http/public-pages";
import { authorizePublicChange, PROPOSED_MESSAGE, restrictedWarning } from "@/lib/publishing/public-change";

const tagId = z.coerce.number().int().positive();

/**
 * Renames a tag; its old address redirects to the new one. Tag pages, posts and the sitemap
 * show it at once; from an editor without publishing rights it waits for the owner.
 */
export async function renameTag(_state: FormState, form: FormData): Promise<FormState> {
  const { user, applies } = await authorizePublicChange();
  const parsed = z.object({ tagId, name: tagNameSchema }).safeParse({ tagId: form.get("tagId"), name: form.get("name") });
  const values = typedValues(form, ["name"]);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const warning = restrictedWarning([{ field: "name", label: "tag name", text: parsed.data.name }]);
  const note = warning ? ` ${warning}` : "";
  if (!applies) {
    if (!tagQueries.findTagName(parsed.data.tagId)) return { errors: { name: "That tag no longer exists." }, values };
    proposeChange({ kind: "tag-rename", targetId: parsed.data.tagId, payload: { name: parsed.data.name }, userId: user.id });
    return { ok: true, message: `${PROPOSED_MESSAGE}${note}`, values };
  }
  const result = tagQueries.renameTag(parsed.data.tagId, parsed.data.name);
  if (!result.ok) return { errors: { name: result.message }, values };
  refreshPublicPages();
  revalidatePath("/admin/tags");
  return { ok: true, message: `Renamed. Its page is /blog/tag/${result.slug}.${note}` };
}

/** Merges one tag into another: its posts get the other tag, and its address redirects there (or, from an editor without publishing rights, waits for the owner). */
export async function mergeTags(_state: FormState, form: FormData): Promise<FormState> {
  const { user, applies } = await authorizePublicChange();
  const parsed = z
    .object({ tagId, intoId: z.coerce.number({ error: "Choose the tag to merge into." }).int().positive("Choose the tag to merge into.") })
    .safeParse({ tagId: form.get("tagId"), intoId: form.get("intoId") });
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  if (!applies) {
    if (!tagQueries.findTagName(parsed.data.tagId) || !tagQueries.findTagName(parsed.data.intoId) || parsed.data.tagId === parsed.data.intoId) {
      return { errors: { intoId: "Choose a different tag to merge into." } };
    }
    proposeChange({ kind: "tag-merge", targetId: parsed.data.tagId, payload: { intoId: parsed.data.intoId }, userId: user.id });
    return { ok: true, message: PROPOSED_MESSAGE };
  }
  const result = tagQueries.mergeTags(parsed.data.tagId, parsed.data.intoId);
  if (!result.ok) return { errors: { intoId: result.message } };
  refreshPublicPages();
  // The merged tag's row is gone from the list: the answer is shown by the page.
  redirect(`/admin/tags?merged=${encodeURIComponent(result.slug)}`);
}

/**
 * Sets a tag's Spanish name (empty: the Spanish site shows its own name, marked as English).
 * Only those who may publish, as a post's Spanish version: it is public at once.
 */
export async function setSpanishTagName(_state: FormState, form: FormData): Promise<FormState> {
  const { applies } = await authorizePublicChange();
  const values = typedValues(form, ["spanishName"]);
  if (!applies) return { message: "Only the owner, or an editor the owner lets publish, can change a tag's Spanish name.", values };
  const parsed = z
    .object({ tagId, spanishName: z.string().trim().max(POST_LIMITS.tag, `Keep the name under ${POST_LIMITS.tag} characters.`) })
    .safeParse({ tagId: form.get("tagId"), spanishName: form.get("spanishName") ?? "" });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  if (!setTagTranslation(parsed.data.tagId, "es", parsed.data.spanishName)) return { errors: { spanishName: "That tag no longer exists." }, values };
  refreshPublicPages();
  revalidatePath("/admin/tags");
  return { ok: true, message: parsed.data.spanishName ? "Spanish name saved." : "Spanish name removed: the Spanish site shows the tag's own name.", values: { spanishName: parsed.data.spanishName } };
}
