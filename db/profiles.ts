// Lawyers' public profiles: the byline of every post and the page /attorneys/[slug].
// A listed profile is a lawyer of the firm: only those sign posts and have a public page.
// An account gets its profile (unlisted until someone says it is a lawyer's) the first
// time one is needed (ensureAccountProfiles()); the owner can add profiles of no account.
import "server-only";
import { and, asc, count, eq, isNull, like, ne, or } from "drizzle-orm";
import { slugify } from "@/lib/posts/slug";
import { db, type Queryable } from "./client";
import { listPublicPageSlugs } from "./posts";
import { media, posts, profiles, users, type BarAdmission } from "./schema";

export type Profile = typeof profiles.$inferSelect;

/** What a public page shows of a profile. */
export type PublicProfile = {
  id: number;
  slug: string;
  displayName: string;
  title: string;
  bio: string;
  barAdmissions: BarAdmission[];
  languages: string[];
  certifications: string[];
  publicEmail: string;
  photo: { fileName: string; alt: string; width: number | null; height: number | null } | null;
};

/** The fields a person edits (lib/site/profile-form.ts checks them). */
export type ProfileFields = Pick<Profile, "displayName" | "title" | "bio" | "barAdmissions" | "languages" | "certifications" | "publicEmail" | "listed" | "photoAlt"> & {
  photoMediaId?: number | null;
};

const publicColumns = {
  id: profiles.id,
  slug: profiles.slug,
  displayName: profiles.displayName,
  title: profiles.title,
  bio: profiles.bio,
  barAdmissions: profiles.barAdmissions,
  languages: profiles.languages,
  certifications: profiles.certifications,
  publicEmail: profiles.publicEmail,
  photoAlt: profiles.photoAlt,
  photoFileName: media.fileName,
  photoWidth: media.width,
  photoHeight: media.height,
};

type PublicRow = Omit<PublicProfile, "photo"> & { photoAlt: string; photoFileName: string | null; photoWidth: number | null; photoHeight: number | null };

function toPublic({ photoAlt, photoFileName, photoWidth, photoHeight, ...rest }: PublicRow): PublicProfile {
  return { ...rest, photo: photoFileName ? { fileName: photoFileName, alt: photoAlt, width: photoWidth, height: photoHeight } : null };
}

/** A slug no other profile has: the name's, then "-2", "-3"… */
function freeSlug(tx: Queryable, name: string, exceptId?: number): string {
  const base = slugify(name).slice(0, 60).replace(/-+$/, "") || "attorney";
  const taken = new Set(
    tx
      .select({ slug: profiles.slug })
      .from(profiles)
      .where(and(or(eq(profiles.slug, base), like(profiles.slug, `${base}-%`)), exceptId === undefined ? undefined : ne(profiles.id, exceptId)))
      .all()
      .map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A new profile; its address comes from the name. */
export function createProfile(fields: ProfileFields & { userId?: number | null }, now = new Date(), tx: Queryable = db()): Profile {
  return tx
    .insert(profiles)
    .values({ ...fields, slug: freeSlug(tx, fields.displayName), createdAt: now, updatedAt: now })
    .returning()
    .get();
}

/** Changes a profile's fields (its address stays, so links to it keep working). */
export function updateProfile(id: number, fields: ProfileFields, now = new Date()): boolean {
  return db().update(profiles).set({ ...fields, updatedAt: now }).where(eq(profiles.id, id)).run().changes === 1;
}

export function findProfileById(id: number): Profile | undefined {
  return db().select().from(profiles).where(eq(profiles.id, id)).get();
}

export function findProfileByUserId(userId: number, tx: Queryable = db()): Profile | undefined {
  return tx.select().from(profiles).where(eq(profiles.userId, userId)).get();
}

/** The account's profile, created (named as the account, not listed) when it has none yet. */
export function profileForUser(userId: number, tx: Queryable = db()): Profile {
  const found = findProfileByUserId(userId, tx);
  if (found) return found;
  const user = tx.select({ name: users.name }).from(users).where(eq(users.id, userId)).get();
  // A sign-in account is not a lawyer's page ("By owner"): the person or the owner lists it.
  return createProfile(emptyProfile(user?.name ?? "Attorney", { userId, listed: false }), new Date(), tx);
}

export function emptyProfile(displayName: string, extra: Partial<ProfileFields> & { userId?: number | null } = {}): ProfileFields & { userId?: number | null } {
  return { displayName, title: "", bio: "", barAdmissions: [], languages: [], certifications: [], publicEmail: "", listed: true, photoAlt: "", ...extra };
}

/**
 * Who signs a new post by this account: their own profile when it is a lawyer's, else the
 * firm's only lawyer; null when the writer must choose (several lawyers, or none yet).
 */
export function defaultBylineFor(userId: number, tx: Queryable = db()): number | null {
  const own = findProfileByUserId(userId, tx);
  if (own?.listed) return own.id;
  const lawyers = tx.select({ id: profiles.id }).from(profiles).where(eq(profiles.listed, true)).limit(2).all();
  return lawyers.length === 1 ? lawyers[0]!.id : null;
}

/** Gives every account a profile (accounts added since the last look). Cheap when there is nothing to do. */
export function ensureAccountProfiles(): void {
  db().transaction((tx) => {
    const missing = tx
      .select({ id: users.id })
      .from(users)
      .leftJoin(profiles, eq(profiles.userId, users.id))
      .where(isNull(profiles.id))
      .all();
    for (const user of missing) profileForUser(user.id, tx);
  });
}

/**
 * Signs every post without a byline (a database older than profiles) with its creator's
 * default (defaultBylineFor()). Runs at start-up, before the public pages are dropped from
 * the cache, so no cached page keeps the old byline. Returns how many posts it signed.
 */
export function signUnsignedPosts(): number {
  return db().transaction((tx) => {
    const unsigned = tx.select({ id: posts.id, createdBy: posts.createdBy }).from(posts).where(isNull(posts.bylineProfileId)).all();
    let signed = 0;
    for (const post of unsigned) {
      const byline = defaultBylineFor(post.createdBy, tx);
      if (byline === null) continue;
      tx.update(posts).set({ bylineProfileId: byline }).where(eq(posts.id, post.id)).run();
      signed++;
    }
    return signed;
  });
}

export type ProfileListRow = { id: number; slug: string; displayName: string; title: string; email: string | null; listed: boolean };

/** Every profile for the admin, by name, with its account's email when it has one. */
export function listProfiles(): ProfileListRow[] {
  return db()
    .select({ id: profiles.id, slug: profiles.slug, displayName: profiles.displayName, title: profiles.title, email: users.email, listed: profiles.listed })
    .from(profiles)
    .leftJoin(users, eq(users.id, profiles.userId))
    .orderBy(asc(profiles.displayName), asc(profiles.id))
    .all();
}

/** The editor's author choices: the lawyers a post may be signed by (listed profiles), by name. */
export function listProfileChoices(): { id: number; displayName: string; certifications: string[] }[] {
  return db()
    .select({ id: profiles.id, displayName: profiles.displayName, certifications: profiles.certifications })
    .from(profiles)
    .where(eq(profiles.listed, true))
    .orderBy(asc(profiles.displayName), asc(profiles.id))
    .all();
}

/** The profiles the About page lists, by name. */
export function listListedProfiles(): PublicProfile[] {
  return db()
    .select(publicColumns)
    .from(profiles)
    .leftJoin(media, eq(media.id, profiles.photoMediaId))
    .where(eq(profiles.listed, true))
    .orderBy(asc(profiles.displayName), asc(profiles.id))
    .all()
    .map(toPublic);
}

/** A lawyer's public page: only a listed profile has one. */
export function findPublicProfileBySlug(slug: string): PublicProfile | undefined {
  const row = db()
    .select(publicColumns)
    .from(profiles)
    .leftJoin(media, eq(media.id, profiles.photoMediaId))
    .where(and(eq(profiles.slug, slug), eq(profiles.listed, true)))
    .get();
  return row && toPublic(row);
}

/**
 * The slug of the one listed profile on a single-lawyer site, whose bylines then lead to
 * /about; undefined when there are several, or none, or no public About page to lead to.
 */
export function soleListedProfileSlug(now = new Date()): string | undefined {
  const rows = db().select({ slug: profiles.slug }).from(profiles).where(eq(profiles.listed, true)).limit(2).all();
  if (rows.length !== 1 || !listPublicPageSlugs(now).includes("about")) return undefined;
  return rows[0]!.slug;
}

export function countProfiles(): number {
  return db().select({ n: count() }).from(profiles).get()?.n ?? 0;
}

/** A profile for its edit form, with its photo's file name. */
export function findProfileForEdit(id: number): { profile: Profile; photoFileName: string | null } | undefined {
  const row = db().select({ profile: profiles, photoFileName: media.fileName }).from(profiles).leftJoin(media, eq(media.id, profiles.photoMediaId)).where(eq(profiles.id, id)).get();
  return row;
}

/** The signed-in person's profile for its form (created from the account the first time). */
export function ownProfileForEdit(userId: number): { profile: Profile; photoFileName: string | null } {
  return findProfileForEdit(profileForUser(userId).id)!;
}
