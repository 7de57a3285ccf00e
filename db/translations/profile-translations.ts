// A lawyer's title and bio in another language (profile_translations): the admin's load and
// save, with "needs update" (the English bio is no longer the one the translation was written
// from), and the public page in that language, which exists only for a listed profile with a
// translated bio.
import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { TranslationLang } from "@/lib/i18n/languages";
import { db } from "../client";
import { findPublicProfileBySlug, listListedProfiles, type PublicProfile } from "../profiles";
import { profiles, profileTranslations } from "../schema";

export type ProfileTranslationDraft = { title: string; bio: string };

/** A profile's translation for the admin; `needsUpdate`: the English bio changed after it was saved. */
export type ProfileTranslationState = ProfileTranslationDraft & { needsUpdate: boolean; updatedAt: Date };

/** Profile `profileId`'s translation in `lang`, or undefined. */
export function loadProfileTranslation(profileId: number, lang: TranslationLang): ProfileTranslationState | undefined {
  const row = db()
    .select({ title: profileTranslations.title, bio: profileTranslations.bio, englishBio: profileTranslations.englishBio, updatedAt: profileTranslations.updatedAt, currentBio: profiles.bio })
    .from(profileTranslations)
    .innerJoin(profiles, eq(profiles.id, profileTranslations.profileId))
    .where(and(eq(profileTranslations.profileId, profileId), eq(profileTranslations.language, lang)))
    .get();
  if (!row) return undefined;
  return { title: row.title, bio: row.bio, updatedAt: row.updatedAt, needsUpdate: row.englishBio !== row.currentBio };
}

/** Every profile's translation in `lang` by profile id, with whether it needs an update (the profiles list's marks). */
export function profileTranslationStates(lang: TranslationLang): Map<number, { needsUpdate: boolean }> {
  const rows = db()
    .select({ profileId: profileTranslations.profileId, englishBio: profileTranslations.englishBio, currentBio: profiles.bio })
    .from(profileTranslations)
    .innerJoin(profiles, eq(profiles.id, profileTranslations.profileId))
    .where(eq(profileTranslations.language, lang))
    .all();
  return new Map(rows.map((row) => [row.profileId, { needsUpdate: row.englishBio !== row.currentBio }]));
}

/**
 * Writes profile `profileId`'s translation in `lang`, recording the English bio as it is now
 * (what it follows from here on). False when the profile no longer exists.
 */
export function saveProfileTranslation(profileId: number, lang: TranslationLang, draft: ProfileTranslationDraft, now = new Date()): boolean {
  return db().transaction((tx) => {
    const profile = tx.select({ bio: profiles.bio }).from(profiles).where(eq(profiles.id, profileId)).get();
    if (!profile) return false;
    const values = { ...draft, englishBio: profile.bio, updatedAt: now };
    tx.insert(profileTranslations)
      .values({ profileId, language: lang, ...values })
      .onConflictDoUpdate({ target: [profileTranslations.profileId, profileTranslations.language], set: values })
      .run();
    return true;
  });
}

export function deleteProfileTranslation(profileId: number, lang: TranslationLang): void {
  db().delete(profileTranslations).where(and(eq(profileTranslations.profileId, profileId), eq(profileTranslations.language, lang))).run();
}

/** A lawyer's page in `lang`: the public profile with the translated bio, and its title's language (the English one when none was translated). */
export type TranslatedProfile = PublicProfile & { titleLang: "en" | TranslationLang };

function translated(profile: PublicProfile, translation: ProfileTranslationDraft, lang: TranslationLang): TranslatedProfile {
  const titled = translation.title.trim() !== "";
  return { ...profile, bio: translation.bio, title: titled ? translation.title : profile.title, titleLang: titled ? lang : "en" };
}

function translationsOf(lang: TranslationLang, profileIds: number[]): Map<number, ProfileTranslationDraft> {
  if (profileIds.length === 0) return new Map();
  const rows = db()
    .select({ profileId: profileTranslations.profileId, title: profileTranslations.title, bio: profileTranslations.bio })
    .from(profileTranslations)
    .where(and(inArray(profileTranslations.profileId, profileIds), eq(profileTranslations.language, lang)))
    .all();
  return new Map(rows.map(({ profileId, ...draft }) => [profileId, draft]));
}

/** The listed profile at `slug` with its bio in `lang`, or undefined (no such page). */
export function findPublicTranslatedProfile(lang: TranslationLang, slug: string): TranslatedProfile | undefined {
  const profile = findPublicProfileBySlug(slug);
  const translation = profile && translationsOf(lang, [profile.id]).get(profile.id);
  return profile && translation && translated(profile, translation, lang);
}

/** Every listed profile (the About page's lawyers) with its bio in `lang` when it has one, by name. */
export function listListedProfilesIn(lang: TranslationLang): (PublicProfile | TranslatedProfile)[] {
  const profiles = listListedProfiles();
  const translations = translationsOf(lang, profiles.map((profile) => profile.id));
  return profiles.map((profile) => {
    const translation = translations.get(profile.id);
    return translation ? translated(profile, translation, lang) : profile;
  });
}

/** The slugs of the listed profiles that have a page in `lang` (the sitemap, the English pages' alternates). */
export function listTranslatedProfileSlugs(lang: TranslationLang): string[] {
  return db()
    .select({ slug: profiles.slug })
    .from(profileTranslations)
    .innerJoin(profiles, eq(profiles.id, profileTranslations.profileId))
    .where(and(eq(profileTranslations.language, lang), eq(profiles.listed, true)))
    .orderBy(profiles.slug)
    .all()
    .map((row) => row.slug);
}

/** Whether the listed profile at `slug` has a page in `lang`. */
export function hasTranslatedProfile(lang: TranslationLang, slug: string): boolean {
  return (
    db()
      .select({ id: profiles.id })
      .from(profileTranslations)
      .innerJoin(profiles, eq(profiles.id, profileTranslations.profileId))
      .where(and(eq(profileTranslations.language, lang), eq(profiles.slug, slug), eq(profiles.listed, true)))
      .get() !== undefined
  );
}
