"use server";

import { z } from "zod";
import { findPostForEdit } from "@/db/post-admin/post-for-edit";
import { deleteTranslation, saveTranslation, translationSlugTaken } from "@/db/translations/translation-admin";
import type { FormState } from "@/lib/forms/form-state";
import { refreshPublicPages } from "@/lib/http/public-pages";
import { parseTranslationForm, type TranslationField } from "@/lib/posts/translation-input";
import { authorizePublicChange } from "@/lib/publishing/public-change";

const postId = z.coerce.number().int().positive();

/** Saves post "postId"'s Spanish version; only those who may publish (it is public at once when published). */
export async function saveSpanishVersion(_state: FormState<TranslationField>, form: FormData): Promise<FormState<TranslationField>> {
  const { applies } = await authorizePublicChange();
  if (!applies) return { message: "Only the owner, or an editor the owner lets publish, can change the Spanish version." };
  const id = postId.safeParse(form.get("postId"));
  if (!id.success || !findPostForEdit(id.data)) return { message: "This post no longer exists." };
  const parsed = parseTranslationForm(form);
  if (!parsed.ok) return parsed.state;
  if (translationSlugTaken("es", parsed.draft.slug, id.data)) return { errors: { slug: "Another Spanish version has this address: choose another." }, values: { ...parsed.draft, seoDescription: parsed.draft.seoDescription ?? "" } };
  saveTranslation(id.data, "es", parsed.draft);
  refreshPublicPages();
  return {
    ok: true,
    message: parsed.draft.status === "published" ? "Spanish version saved and published. It now follows the English as it is." : "Spanish version saved as a draft: the Spanish site does not show it.",
    values: { ...parsed.draft, seoDescription: parsed.draft.seoDescription ?? "" },
  };
}

/** Removes post "postId"'s Spanish version. */
export async function deleteSpanishVersion(_state: FormState, form: FormData): Promise<FormState> {
  const { applies } = await authorizePublicChange();
  if (!applies) return { message: "Only the owner, or an editor the owner lets publish, can remove the Spanish version." };
  const id = postId.safeParse(form.get("postId"));
  if (!id.success) return { message: "This post no longer exists." };
  deleteTranslation(id.data, "es");
  refreshPublicPages();
  return { ok: true, message: "The Spanish version was removed." };
}
