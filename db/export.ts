// What an export of the whole site reads (lib/export/): every post, page and practice area
// not in the trash, with its tags, byline, cover and old addresses; profiles; uploads;
// redirects; the firm's translations of them. Inquiries are not here: they have their own export.
import "server-only";
import { asc, eq, isNull } from "drizzle-orm";
import { db } from "./client";
import { media, oldUrls, posts, postTranslations, profiles, profileTranslations, slugRedirects, tags, tagTranslations, users, type PostKind } from "./schema";
import { bylineColumns } from "./posts";
import { tagNamesOf } from "./tags";
import { translationDraftColumns } from "./translations/translation-admin";

export type ExportPost = {
  id: number;
  kind: PostKind;
  slug: string;
  title: string;
  excerpt: string;
  bodyHtml: string;
  status: "draft" | "published";
  publishedAt: Date | null;
  updatedAt: Date;
  authorName: string | null;
  authorSlug: string | null;
  coverFileName: string | null;
  coverAlt: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  disclaimer: string | null;
  tags: string[];
};

export function listExportPosts(): ExportPost[] {
  return db()
    .select({
      id: posts.id,
      kind: posts.kind,
      slug: posts.slug,
      title: posts.title,
      excerpt: posts.excerpt,
      bodyHtml: posts.bodyHtml,
      status: posts.status,
      publishedAt: posts.publishedAt,
      updatedAt: posts.updatedAt,
      // The byline as every public page shows it (the profile's name, else the creating account's).
      ...bylineColumns,
      coverFileName: media.fileName,
      coverAlt: posts.coverAlt,
      seoTitle: posts.seoTitle,
      seoDescription: posts.seoDescription,
      disclaimer: posts.disclaimer,
    })
    .from(posts)
    .leftJoin(profiles, eq(profiles.id, posts.bylineProfileId))
    .leftJoin(users, eq(users.id, posts.createdBy))
    .leftJoin(media, eq(media.id, posts.coverMediaId))
    .where(isNull(posts.deletedAt))
    .orderBy(asc(posts.id))
    .all()
    .map((row) => ({ ...row, tags: tagNamesOf(row.id) }));
}

export function listExportProfiles() {
  return db()
    .select({
      slug: profiles.slug,
      displayName: profiles.displayName,
      title: profiles.title,
      bio: profiles.bio,
      barAdmissions: profiles.barAdmissions,
      languages: profiles.languages,
      certifications: profiles.certifications,
      publicEmail: profiles.publicEmail,
      listed: profiles.listed,
      photoFileName: media.fileName,
      photoAlt: profiles.photoAlt,
    })
    .from(profiles)
    .leftJoin(media, eq(media.id, profiles.photoMediaId))
    .orderBy(asc(profiles.id))
    .all();
}

/** Every upload as sent (its resized copies are made again on import). */
export function listExportMedia(): { fileName: string; mimeType: string; alt: string; width: number | null; height: number | null }[] {
  return db().select({ fileName: media.fileName, mimeType: media.mimeType, alt: media.alt, width: media.width, height: media.height }).from(media).orderBy(asc(media.id)).all();
}

export function listExportTags(): { name: string; slug: string }[] {
  return db().select({ name: tags.name, slug: tags.slug }).from(tags).orderBy(asc(tags.name)).all();
}

/** Old addresses: a post's earlier slugs and an imported site's addresses. */
export function listExportRedirects(): { from: string; postId: number | null; to: string | null; kind: "slug" | "old-site" }[] {
  const slugs = db().select({ oldSlug: slugRedirects.oldSlug, postId: slugRedirects.postId }).from(slugRedirects).all();
  const old = db().select({ path: oldUrls.path, postId: oldUrls.postId, targetPath: oldUrls.targetPath }).from(oldUrls).all();
  return [
    ...slugs.map((s) => ({ from: s.oldSlug, postId: s.postId, to: null, kind: "slug" as const })),
    ...old.map((o) => ({ from: o.path, postId: o.postId, to: o.targetPath, kind: "old-site" as const })),
  ];
}

/**
 * The firm's translations: of posts, pages and practice areas not in the trash (named by
 * their original's kind and slug), of the lawyers' titles and bios, and of tag names.
 */
export function listExportTranslations() {
  const postsIn = db()
    .select({
      originalKind: posts.kind,
      originalSlug: posts.slug,
      language: postTranslations.language,
      ...translationDraftColumns,
      updatedAt: postTranslations.updatedAt,
    })
    .from(postTranslations)
    .innerJoin(posts, eq(posts.id, postTranslations.postId))
    .where(isNull(posts.deletedAt))
    .orderBy(asc(postTranslations.id))
    .all();
  const profilesIn = db()
    .select({ profile: profiles.displayName, language: profileTranslations.language, title: profileTranslations.title, bio: profileTranslations.bio })
    .from(profileTranslations)
    .innerJoin(profiles, eq(profiles.id, profileTranslations.profileId))
    .orderBy(asc(profileTranslations.id))
    .all();
  const tagsIn = db()
    .select({ tag: tags.name, language: tagTranslations.language, name: tagTranslations.name })
    .from(tagTranslations)
    .innerJoin(tags, eq(tags.id, tagTranslations.tagId))
    .orderBy(asc(tags.name))
    .all();
  return { posts: postsIn, profiles: profilesIn, tags: tagsIn };
}
