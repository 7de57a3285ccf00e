// A lawyer's Spanish title and bio as the admin's form sends them: the limits (the English
// profile's) and the messages. Plain: the form reads the limits too.
import { z } from "zod";
import { fieldErrors, typedValues, type FormState } from "@/lib/forms/form-state";
import { PROFILE_LIMITS } from "./profile-form";

export const PROFILE_TRANSLATION_FIELDS = ["title", "bio"] as const;
export type ProfileTranslationField = (typeof PROFILE_TRANSLATION_FIELDS)[number];

// Control characters (pasted from a word processor) never reach the page; line breaks stay (paragraphs).
const plain = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "");

const schema = z.object({
  title: z.string().transform(plain).pipe(z.string().trim().max(PROFILE_LIMITS.title, `The Spanish title can be at most ${PROFILE_LIMITS.title} characters.`)),
  // Without a bio there is no Spanish page: an empty one is a removal, which has its own button.
  bio: z.string().transform(plain).pipe(z.string().trim().min(1, "Write the Spanish bio, or remove the Spanish version.").max(PROFILE_LIMITS.bio, `The Spanish bio can be at most ${PROFILE_LIMITS.bio} characters.`)),
});

/** The form's values as a translation, or the state to show back. */
export function parseProfileTranslationForm(form: FormData): { ok: true; draft: z.output<typeof schema> } | { ok: false; state: FormState<ProfileTranslationField> } {
  const values = typedValues(form, PROFILE_TRANSLATION_FIELDS);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { ok: false, state: { errors: fieldErrors<ProfileTranslationField>(parsed.error), values } };
  return { ok: true, draft: parsed.data };
}
