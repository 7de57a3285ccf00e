// The rules for a post's Spanish version as the admin's form sends it: lengths, a slug
// made from the title when none is given, the body's HTML sanitized. Server side.
import "server-only";
import { z } from "zod";
import type { FormState } from "@/lib/forms/form-state";
import { fieldErrors, typedValues } from "@/lib/forms/form-state";
import type { TranslationDraft } from "@/db/translations/translation-admin";
import { RESERVED_BLOG_SLUGS, RESERVED_PAGE_SLUGS } from "./post-paths";
import { sanitizePostHtml } from "./sanitize-html";
import { slugify } from "./slug";

export const TRANSLATION_FIELDS = ["title", "slug", "excerpt", "bodyHtml", "seoDescription", "status"] as const;
export type TranslationField = (typeof TRANSLATION_FIELDS)[number];

const schema = z.object({
  title: z.string().trim().min(1, "Give the Spanish title.").max(200, "Keep the title under 200 characters."),
  slug: z.string().trim().max(80, "Keep the address under 80 characters."),
  excerpt: z.string().trim().max(500, "Keep the summary under 500 characters."),
  bodyHtml: z.string().max(400_000, "The text is too long."),
  seoDescription: z.string().trim().max(300, "Keep the description under 300 characters."),
  status: z.enum(["draft", "published"], { error: "Choose whether the Spanish version is published." }),
});

/** The form's values as a translation, or the state to show back. */
export function parseTranslationForm(form: FormData): { ok: true; draft: TranslationDraft } | { ok: false; state: FormState<TranslationField> } {
  const values = typedValues(form, TRANSLATION_FIELDS);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { ok: false, state: { errors: fieldErrors<TranslationField>(parsed.error), values } };
  const slug = slugify(parsed.data.slug || parsed.data.title);
  if (!slug || RESERVED_BLOG_SLUGS.includes(slug) || RESERVED_PAGE_SLUGS.includes(slug)) {
    return { ok: false, state: { errors: { slug: "Choose another address: this one is taken by the site." }, values } };
  }
  const bodyHtml = sanitizePostHtml(parsed.data.bodyHtml);
  if (parsed.data.status === "published" && bodyHtml.trim() === "") return { ok: false, state: { errors: { bodyHtml: "Write the Spanish text before publishing it." }, values } };
  return { ok: true, draft: { ...parsed.data, slug, bodyHtml, seoDescription: parsed.data.seoDescription || null } };
}
