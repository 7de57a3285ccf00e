import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findPublicTranslation, listPublicTranslations } from "./translations";
import { createProfile, emptyProfile, findPublicProfileBySlug, updateProfile } from "../profiles";
import { seedDemoContent } from "../seed/demo-content";
import { useTempDatabase } from "../temp-database";
import {
  deleteProfileTranslation,
  findPublicTranslatedProfile,
  hasTranslatedProfile,
  listTranslatedProfileSlugs,
  loadProfileTranslation,
  profileTranslationStates,
  saveProfileTranslation,
} from "./profile-translations";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => {
  temp = useTempDatabase();
  seedDemoContent(new Date());
});
afterEach(() => temp.remove());

const jordan = () => findPublicProfileBySlug("jordan-avery")!;
const fields = (profile: NonNullable<ReturnType<typeof findPublicProfileBySlug>>) => ({ ...emptyProfile(profile.displayName), ...profile, photoAlt: "" });

describe("a lawyer's Spanish bio", () => {
  it("gives a listed lawyer a Spanish page with the Spanish bio, and none to a lawyer without one", () => {
    const spanish = findPublicTranslatedProfile("es", "jordan-avery")!;
    expect(spanish.bio).toMatch(/^Perfil de muestra/);
    expect(spanish).toMatchObject({ title: "Abogado (perfil de muestra)", titleLang: "es", displayName: "Jordan Avery" });

    const other = createProfile(emptyProfile("Riley Moss", { bio: "Riley handles DUI cases." }));
    expect(findPublicTranslatedProfile("es", other.slug)).toBeUndefined();
    expect(hasTranslatedProfile("es", other.slug)).toBe(false);
    expect(listTranslatedProfileSlugs("es")).toEqual(["jordan-avery"]);
  });

  it("shows the English title, said to be English, when no Spanish title was written", () => {
    saveProfileTranslation(jordan().id, "es", { title: "", bio: "Jordan defiende a personas acusadas." });
    expect(findPublicTranslatedProfile("es", "jordan-avery")).toMatchObject({ title: "Attorney (sample profile)", titleLang: "en", bio: "Jordan defiende a personas acusadas." });
  });

  it("has no Spanish page once the profile is off the About page, or the Spanish bio is removed", () => {
    const profile = jordan();
    updateProfile(profile.id, { ...fields(profile), listed: false });
    expect(findPublicTranslatedProfile("es", "jordan-avery")).toBeUndefined();
    expect(listTranslatedProfileSlugs("es")).toEqual([]);
    updateProfile(profile.id, { ...fields(profile), listed: true });
    deleteProfileTranslation(profile.id, "es");
    expect(findPublicTranslatedProfile("es", "jordan-avery")).toBeUndefined();
    expect(loadProfileTranslation(profile.id, "es")).toBeUndefined();
  });

  it("needs an update when the English bio changed after it was saved, not when only the title did", () => {
    const profile = jordan();
    expect(loadProfileTranslation(profile.id, "es")?.needsUpdate).toBe(false);
    updateProfile(profile.id, { ...fields(profile), title: "Partner" });
    expect(profileTranslationStates("es").get(profile.id)).toEqual({ needsUpdate: false });

    updateProfile(profile.id, { ...fields(profile), bio: `${profile.bio}\n\nJordan also handles appeals.` });
    expect(loadProfileTranslation(profile.id, "es")?.needsUpdate).toBe(true);
    expect(profileTranslationStates("es").get(profile.id)).toEqual({ needsUpdate: true });

    // Saving the Spanish again makes it follow the English as it is now.
    const saved = loadProfileTranslation(profile.id, "es")!;
    saveProfileTranslation(profile.id, "es", { title: saved.title, bio: `${saved.bio}\n\nJordan también lleva apelaciones.` });
    expect(loadProfileTranslation(profile.id, "es")?.needsUpdate).toBe(false);
  });

  it("marks the Spanish posts of a lawyer with a Spanish page, so their bylines lead to it", () => {
    expect(listPublicTranslations("es", { limit: 10 }).every((post) => post.authorTranslated === true)).toBe(true);
    expect(findPublicTranslation("es", "como-funciona-la-fianza", "post")?.authorTranslated).toBe(true);
    deleteProfileTranslation(jordan().id, "es");
    expect(listPublicTranslations("es", { limit: 10 }).map((post) => post.authorTranslated)).toEqual([false, false, false]);
  });

  it("lists only that lawyer's posts that have a Spanish version", () => {
    const other = createProfile(emptyProfile("Riley Moss"));
    expect(listPublicTranslations("es", { limit: 10, bylineProfileId: jordan().id })).toHaveLength(3);
    expect(listPublicTranslations("es", { limit: 10, bylineProfileId: other.id })).toEqual([]);
  });

  it("refuses a profile that no longer exists", () => {
    expect(saveProfileTranslation(999_999, "es", { title: "", bio: "Nadie." })).toBe(false);
  });
});
