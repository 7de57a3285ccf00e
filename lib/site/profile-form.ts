// A lawyer's profile as its form sends it (Your account, Profiles): the rules, the limits
// and how the typed text becomes values. The browser imports this too.
import { z } from "zod";
import type { BarAdmission } from "@/db/schema";
import { fieldErrors, typedValues, type FormState } from "@/lib/forms/form-state";

export const PROFILE_FIELDS = ["displayName", "title", "bio", "barAdmissions", "languages", "certifications", "publicEmail", "photoAlt"] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number] | "photo" | "listed";

export const PROFILE_LIMITS = { displayName: 120, title: 120, bio: 4000, barAdmissions: 1000, languages: 300, certifications: 1000, publicEmail: 254, photoAlt: 300 } as const;

const lines = (text: string) => text.split("\n").map((l) => l.trim()).filter(Boolean);

// "Alabama, 2014" or "Alabama 2014" or just "Alabama".
const ADMISSION = /^(.*?)[,\s]+((?:19|20)\d{2})$/;

/** A line of the bar admissions field as values; the year is optional. */
export function parseAdmission(line: string): BarAdmission {
  const m = ADMISSION.exec(line);
  return m ? { jurisdiction: m[1]!.trim(), year: Number(m[2]) } : { jurisdiction: line, year: null };
}

const text = (max: number, label: string) => z.string().trim().max(max, `${label} can be at most ${max} characters.`);

const profileSchema = z
  .object({
    displayName: text(PROFILE_LIMITS.displayName, "The name").min(1, "Enter the name the byline shows."),
    title: text(PROFILE_LIMITS.title, "The title"),
    bio: text(PROFILE_LIMITS.bio, "The bio"),
    barAdmissions: text(PROFILE_LIMITS.barAdmissions, "The bar admissions")
      .transform((t) => lines(t).map(parseAdmission))
      .pipe(z.array(z.object({ jurisdiction: z.string().min(1).max(120, "A jurisdiction can be at most 120 characters."), year: z.number().nullable() })).max(12, "List at most 12 admissions.")),
    languages: text(PROFILE_LIMITS.languages, "The languages").transform((t) =>
      t
        .split(",")
        .map((l) => l.trim())
        .filter(Boolean),
    ),
    certifications: text(PROFILE_LIMITS.certifications, "The certifications").transform(lines),
    publicEmail: z.email("Enter an email address, or leave it empty.").max(PROFILE_LIMITS.publicEmail).or(z.literal("")),
    photoAlt: text(PROFILE_LIMITS.photoAlt, "The photo description"),
    listed: z.boolean(),
  });

export type ParsedProfile = z.output<typeof profileSchema>;

/** The profile's fields as the form shows them. */
export function profileValues(profile: { displayName: string; title: string; bio: string; barAdmissions: BarAdmission[]; languages: string[]; certifications: string[]; publicEmail: string; photoAlt: string; listed: boolean }): Record<ProfileField, string> {
  return {
    displayName: profile.displayName,
    title: profile.title,
    bio: profile.bio,
    barAdmissions: profile.barAdmissions.map((b) => (b.year ? `${b.jurisdiction}, ${b.year}` : b.jurisdiction)).join("\n"),
    languages: profile.languages.join(", "),
    certifications: profile.certifications.join("\n"),
    publicEmail: profile.publicEmail,
    photoAlt: profile.photoAlt,
    listed: profile.listed ? "yes" : "",
    photo: "",
  };
}

/**
 * Reads a posted profile form. `hasPhoto`: the profile keeps (or gets) a photo, which then
 * needs a description.
 */
export function parseProfileForm(form: FormData, hasPhoto: boolean): { ok: true; profile: ParsedProfile } | { ok: false; state: FormState<ProfileField> } {
  const values = { ...typedValues(form, PROFILE_FIELDS), listed: form.get("listed") === "yes" ? "yes" : "" };
  const parsed = profileSchema.safeParse({ ...values, listed: values.listed === "yes" });
  const errors = parsed.success ? {} : fieldErrors<ProfileField>(parsed.error);
  if (hasPhoto && values.photoAlt.trim() === "") errors.photoAlt ??= "Describe the photo for people who cannot see it (for example, “Jordan Avery in her office”).";
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, state: { errors, values, message: "Nothing was saved: please fix the fields marked below." } };
  return { ok: true, profile: parsed.data };
}
