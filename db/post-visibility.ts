import "server-only";
import { and, eq, isNull, lte, type Placeholder } from "drizzle-orm";
import { posts, type PostKind } from "./schema";

// The public sees a post when it is published, not in the trash, and its time has come.
// A scheduled post is just a published one whose publishedAt is still in the future.
// The one definition of "public": every query that needs it uses this. Pages and practice
// areas are rows of the same table; `kind` says which the query wants (blog posts unless
// told; "any": every kind).
// Its own module so that db/posts.ts and db/tags.ts can both use it without importing each other.
export function isPublic(now: Date | Placeholder, kind: PostKind | "any" = "post") {
  return and(kind === "any" ? undefined : eq(posts.kind, kind), ...published(), lte(posts.publishedAt, now));
}

/** Published and not in the trash: public once its time has come, scheduled until then. */
export const published = () => [eq(posts.status, "published"), isNull(posts.deletedAt)];
