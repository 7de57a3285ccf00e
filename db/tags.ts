// A post's tags: read and replaced here only. A tag is known by its slug, so "Bond" and
// "bond" are one tag (the first spelling stays), and a name with no letter or digit,
// which would have no address, is left out.
import { eq } from "drizzle-orm";
import { slugify } from "@/lib/slug";
import { db, type Queryable } from "./client";
import { postTags, tags } from "./schema";

/** The names of a post's tags, in alphabetical order. */
export function tagNamesOf(postId: number, q: Queryable = db()): string[] {
  return q
    .select({ name: tags.name })
    .from(postTags)
    .innerJoin(tags, eq(tags.id, postTags.tagId))
    .where(eq(postTags.postId, postId))
    .orderBy(tags.name)
    .all()
    .map((t) => t.name);
}

/** The names that lead to distinct tags, in the order given (see the note at the top). */
export function distinctTagNames(names: string[]): { name: string; slug: string }[] {
  const seen = new Map<string, string>();
  for (const raw of names) {
    const name = raw.trim();
    const slug = slugify(name);
    if (slug && !seen.has(slug)) seen.set(slug, name);
  }
  return [...seen].map(([slug, name]) => ({ name, slug }));
}

/** Makes `names` the post's tags, creating tags that do not exist yet. Call inside a transaction. */
export function setPostTags(q: Queryable, postId: number, names: string[]): void {
  q.delete(postTags).where(eq(postTags.postId, postId)).run();
  for (const { name, slug } of distinctTagNames(names)) {
    const tag = q.select().from(tags).where(eq(tags.slug, slug)).get() ?? q.insert(tags).values({ name, slug }).returning().get();
    q.insert(postTags).values({ postId, tagId: tag.id }).run();
  }
}
