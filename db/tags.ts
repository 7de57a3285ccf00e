// Tags: a post's tags are read and replaced here only, and the admin's renames and merges
// happen here. A tag is known by its slug, so "Bond" and "bond" are one tag (the first
// spelling stays), and a name with no letter or digit, which would have no address, is
// left out. A post keeps its tags in the writer's order.
import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, max, ne, sql } from "drizzle-orm";
import { slugify } from "@/lib/posts/slug";
import { db, type Queryable } from "./client";
import { isPublic } from "./post-visibility";
import { posts, postTags, tagRedirects, tags } from "./schema";

export type TagRef = { name: string; slug: string };

/** A post's tags, in the writer's order. */
export function tagsOf(postId: number, q: Queryable = db()): TagRef[] {
  return q
    .select({ name: tags.name, slug: tags.slug })
    .from(postTags)
    .innerJoin(tags, eq(tags.id, postTags.tagId))
    .where(eq(postTags.postId, postId))
    .orderBy(asc(postTags.position), asc(tags.name))
    .all();
}

/** The names of a post's tags, in the writer's order. */
export function tagNamesOf(postId: number, q: Queryable = db()): string[] {
  return tagsOf(postId, q).map((t) => t.name);
}

/** The names that lead to distinct tags, in the order given (see the note at the top). */
export function distinctTagNames(names: string[]): TagRef[] {
  const seen = new Map<string, string>();
  for (const raw of names) {
    const name = raw.trim();
    const slug = slugify(name);
    if (slug && !seen.has(slug)) seen.set(slug, name);
  }
  return [...seen].map(([slug, name]) => ({ name, slug }));
}

/** Makes `names` the post's tags, in that order, creating tags that do not exist yet. Call inside a transaction. */
export function setPostTags(q: Queryable, postId: number, names: string[]): void {
  q.delete(postTags).where(eq(postTags.postId, postId)).run();
  distinctTagNames(names).forEach(({ name, slug }, position) => {
    const tag = q.select().from(tags).where(eq(tags.slug, slug)).get() ?? createTag(q, name, slug);
    q.insert(postTags).values({ postId, tagId: tag.id, position }).run();
  });
}

/** A new tag takes its address back from a tag that was renamed or merged away from it. */
function createTag(q: Queryable, name: string, slug: string) {
  q.delete(tagRedirects).where(eq(tagRedirects.oldSlug, slug)).run();
  return q.insert(tags).values({ name, slug }).returning().get();
}

/** Every tag's name, alphabetical: the editor's suggestions. */
export function listTagNames(): string[] {
  return db()
    .select({ name: tags.name })
    .from(tags)
    .orderBy(sql`${tags.name} collate nocase`)
    .all()
    .map((t) => t.name);
}

export type PublicTag = TagRef & { postCount: number; lastPublishedAt: Date };

/** Tags with at least one public post, with how many and the newest one's time (the sitemap, the blog). */
export function listPublicTags(now = new Date()): PublicTag[] {
  return db()
    .select({ name: tags.name, slug: tags.slug, postCount: count(), lastPublishedAt: max(posts.publishedAt) })
    .from(tags)
    .innerJoin(postTags, eq(postTags.tagId, tags.id))
    .innerJoin(posts, eq(posts.id, postTags.postId))
    .where(isPublic(now))
    .groupBy(tags.id)
    .orderBy(sql`${tags.name} collate nocase`)
    .all()
    .map((t) => ({ ...t, lastPublishedAt: t.lastPublishedAt as Date }));
}

/** The tag at this slug when it has public posts (a tag page shows nothing else), or undefined. */
export function findPublicTag(slug: string, now = new Date()): (TagRef & { id: number; postCount: number }) | undefined {
  const row = db()
    .select({ id: tags.id, name: tags.name, slug: tags.slug, postCount: count() })
    .from(tags)
    .innerJoin(postTags, eq(postTags.tagId, tags.id))
    .innerJoin(posts, eq(posts.id, postTags.postId))
    .where(and(eq(tags.slug, slug), isPublic(now)))
    .groupBy(tags.id)
    .get();
  return row && row.postCount > 0 ? row : undefined;
}

/** The slug a tag that used to live at `oldSlug` has now (renamed or merged), if any. */
export function findTagRedirect(oldSlug: string): string | undefined {
  return db()
    .select({ slug: tags.slug })
    .from(tagRedirects)
    .innerJoin(tags, eq(tags.id, tagRedirects.tagId))
    .where(eq(tagRedirects.oldSlug, oldSlug))
    .get()?.slug;
}

export type AdminTagRow = TagRef & { id: number; postCount: number; publicCount: number };

/** Every tag with its posts (not in the trash) and public posts, for the admin's tag list. */
export function listAdminTags(now = new Date()): AdminTagRow[] {
  const publicCount = sql<number>`coalesce(sum(case when ${isPublic(now)} then 1 else 0 end), 0)`;
  return db()
    .select({ id: tags.id, name: tags.name, slug: tags.slug, postCount: count(posts.id), publicCount })
    .from(tags)
    .leftJoin(postTags, eq(postTags.tagId, tags.id))
    .leftJoin(posts, and(eq(posts.id, postTags.postId), isNull(posts.deletedAt)))
    .groupBy(tags.id)
    .orderBy(desc(count(posts.id)), sql`${tags.name} collate nocase`)
    .all()
    .map((t) => ({ ...t, publicCount: Number(t.publicCount) }));
}

/** Makes tag `id`'s old address lead to tag `toId` (and every address that led to `id`). */
function redirect(q: Queryable, oldSlug: string, toId: number) {
  q.insert(tagRedirects).values({ oldSlug, tagId: toId }).onConflictDoUpdate({ target: tagRedirects.oldSlug, set: { tagId: toId } }).run();
}

export type TagChange = { ok: true; slug: string } | { ok: false; reason: "not-found" | "empty" | "taken"; message: string };

/**
 * Renames a tag. Its address follows the name, and the old address redirects to the new
 * one. A name whose address another tag has is refused: that is a merge.
 */
export function renameTag(id: number, newName: string): TagChange {
  const name = newName.trim();
  const slug = slugify(name);
  if (!slug) return { ok: false, reason: "empty", message: "A tag needs at least one letter or number." };
  return db().transaction((tx) => {
    const tag = tx.select().from(tags).where(eq(tags.id, id)).get();
    if (!tag) return { ok: false, reason: "not-found", message: "That tag no longer exists." };
    const other = tx.select({ name: tags.name }).from(tags).where(and(eq(tags.slug, slug), ne(tags.id, id))).get();
    if (other) return { ok: false, reason: "taken", message: `The tag “${other.name}” already has this address. Merge the two tags instead.` };
    if (slug !== tag.slug) {
      // The new address may have redirected elsewhere before: it is this tag's now.
      tx.delete(tagRedirects).where(eq(tagRedirects.oldSlug, slug)).run();
      redirect(tx, tag.slug, id);
    }
    tx.update(tags).set({ name, slug }).where(eq(tags.id, id)).run();
    return { ok: true, slug };
  });
}

/**
 * Merges tag `fromId` into tag `intoId`: its posts get `intoId` (where they had both,
 * once, in the place the first of the two had), `fromId` is deleted, and its address (and
 * every address that led to it) redirects to `intoId`.
 */
export function mergeTags(fromId: number, intoId: number): TagChange {
  if (fromId === intoId) return { ok: false, reason: "taken", message: "Choose a different tag to merge into." };
  return db().transaction((tx) => {
    const from = tx.select().from(tags).where(eq(tags.id, fromId)).get();
    const into = tx.select().from(tags).where(eq(tags.id, intoId)).get();
    if (!from || !into) return { ok: false, reason: "not-found", message: "That tag no longer exists." };
    const moving = tx.select().from(postTags).where(eq(postTags.tagId, fromId)).all();
    const postIds = moving.map((row) => row.postId);
    const having = new Map(
      postIds.length === 0
        ? []
        : tx
            .select()
            .from(postTags)
            .where(and(eq(postTags.tagId, intoId), inArray(postTags.postId, postIds)))
            .all()
            .map((row) => [row.postId, row.position]),
    );
    for (const row of moving) {
      const position = Math.min(row.position, having.get(row.postId) ?? row.position);
      tx.insert(postTags)
        .values({ postId: row.postId, tagId: intoId, position })
        .onConflictDoUpdate({ target: [postTags.postId, postTags.tagId], set: { position } })
        .run();
    }
    tx.update(tagRedirects).set({ tagId: intoId }).where(eq(tagRedirects.tagId, fromId)).run();
    redirect(tx, from.slug, intoId);
    tx.delete(tags).where(eq(tags.id, fromId)).run();
    return { ok: true, slug: into.slug };
  });
}

/** A tag's name, or undefined when it is gone. */
export function findTagName(id: number): string | undefined {
  return db().select({ name: tags.name }).from(tags).where(eq(tags.id, id)).get()?.name;
}
