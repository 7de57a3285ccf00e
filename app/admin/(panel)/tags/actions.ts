"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import * as tagQueries from "@/db/tags";
import { requireActionUser } from "@/lib/accounts/auth";
import { fieldErrors, typedValues, type FormState } from "@/lib/forms/form-state";
import { tagNameSchema } from "@/lib/posts/post-input";
import { refreshPublicPages } from "@/lib/http/public-pages";

const tagId = z.coerce.number().int().positive();

/** Renames a tag; its old address redirects to the new one. Tag pages, posts and the sitemap show it at once. */
export async function renameTag(_state: FormState, form: FormData): Promise<FormState> {
  await requireActionUser();
  const parsed = z.object({ tagId, name: tagNameSchema }).safeParse({ tagId: form.get("tagId"), name: form.get("name") });
  const values = typedValues(form, ["name"]);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const result = tagQueries.renameTag(parsed.data.tagId, parsed.data.name);
  if (!result.ok) return { errors: { name: result.message }, values };
  refreshPublicPages();
  revalidatePath("/admin/tags");
  return { ok: true, message: `Renamed. Its page is /blog/tag/${result.slug}.` };
}

/** Merges one tag into another: its posts get the other tag, and its address redirects there. */
export async function mergeTags(_state: FormState, form: FormData): Promise<FormState> {
  await requireActionUser();
  const parsed = z
    .object({ tagId, intoId: z.coerce.number({ error: "Choose the tag to merge into." }).int().positive("Choose the tag to merge into.") })
    .safeParse({ tagId: form.get("tagId"), intoId: form.get("intoId") });
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  const result = tagQueries.mergeTags(parsed.data.tagId, parsed.data.intoId);
  if (!result.ok) return { errors: { intoId: result.message } };
  refreshPublicPages();
  // The merged tag's row is gone from the list: the answer is shown by the page.
  redirect(`/admin/tags?merged=${encodeURIComponent(result.slug)}`);
}
