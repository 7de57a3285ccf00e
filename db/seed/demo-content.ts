import "server-only";
import { countPosts, insertPost } from "../posts";
import { readSettingValues, writeSettingValues } from "../settings";
import { countUsers, createUser } from "../users";
import { seedPosts } from "./sample-posts";
import { seedPages, sampleProfile } from "./sample-pages";
import { createProfile } from "../profiles";
import { db } from "../client";
import { sampleSettings } from "./sample-settings";
import { sanitizePostHtml } from "@/lib/posts/sanitize-html";
import { saveTranslation } from "../translations/translation-admin";
import { sampleSpanishProfile, sampleSpanishSettings, sampleSpanishTagNames, seedTranslations } from "./sample-translations";
import { saveProfileTranslation } from "../translations/profile-translations";
import { setTagTranslation } from "../translations/tag-translations";
import { listAdminTags } from "../tags";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Fills an empty database with clearly marked sample content so a fresh install is
 * never blank. Does nothing (returns false) when there are any posts, users or settings.
 */
export function seedDemoContent(now = new Date()): boolean {
  if (countPosts() > 0 || countUsers() > 0 || Object.keys(readSettingValues()).length > 0) return false;
  db().transaction(() => {
    writeSettingValues({ ...sampleSettings, ...sampleSpanishSettings });
    const ids = new Map<string, number>();
    const author = createUser({
      email: "sample.author@example.com",
      name: "Jordan Avery",
      role: "editor",
      active: false, // a byline only: no password, cannot sign in
    });
    const profile = createProfile({ ...sampleProfile, userId: author.id }, now);
    for (const page of seedPages) {
      const inserted = insertPost(
        {
          kind: page.kind,
          slug: page.slug,
          title: page.title,
          excerpt: page.excerpt,
          bodyHtml: sanitizePostHtml(page.bodyHtml),
          status: "published",
          publishedAt: new Date(now.getTime() - 60 * DAY),
          createdBy: author.id,
          bylineProfileId: profile.id,
          createdAt: now,
          updatedAt: now,
        },
        page.tags,
      );
      ids.set(page.slug, inserted.id);
    }
    for (const post of seedPosts) {
      const publishedAt = new Date(now.getTime() - post.publishedDaysAgo * DAY);
      const updatedAt = post.updatedDaysAgo === undefined ? publishedAt : new Date(now.getTime() - post.updatedDaysAgo * DAY);
      const inserted = insertPost(
        {
          slug: post.slug,
          title: post.title,
          excerpt: post.excerpt,
          bodyHtml: sanitizePostHtml(post.bodyHtml),
          status: post.status === "draft" ? "draft" : "published",
          publishedAt: post.status === "draft" ? null : publishedAt,
          createdBy: author.id,
          bylineProfileId: profile.id,
          createdAt: publishedAt,
          updatedAt,
          contentUpdatedAt: post.updatedDaysAgo === undefined ? null : updatedAt,
        },
        post.tags,
      );
      ids.set(post.slug, inserted.id);
    }
    // The Spanish versions, written after their originals (so none "needs an update").
    for (const translation of seedTranslations) {
      const { original, bodyHtml, ...rest } = translation;
      saveTranslation(ids.get(original)!, "es", { ...rest, bodyHtml: sanitizePostHtml(bodyHtml), seoDescription: null, status: "published" }, now);
    }
    saveProfileTranslation(profile.id, "es", sampleSpanishProfile, now);
    for (const tag of listAdminTags(now)) {
      const spanish = sampleSpanishTagNames[tag.name];
      if (spanish) setTagTranslation(tag.id, "es", spanish);
    }
  });
  return true;
}
