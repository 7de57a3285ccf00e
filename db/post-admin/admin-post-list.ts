// The admin's lists of posts and pages: which status a post shows, the filters, a page of rows.
import "server-only";
import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, lte, sql, type SQL } from "drizzle-orm";
import { db } from "../client";
import { contains } from "../contains";
import { bylineColumns } from "../posts";
import { postDrafts, posts, profiles, approvalRequests, users, type PostKind } from "../schema";

export type AdminPostStatus = "draft" | "scheduled" | "published";

export function adminStatus(post: { status: "draft" | "published"; publishedAt: Date | null }, now = new Date()): AdminPostStatus {
  if (post.status === "draft") return "draft";
  return post.publishedAt && post.publishedAt > now ? "scheduled" : "published";
}

/** `kinds`: blog posts unless told (the Pages list asks for pages and practice areas). */
export type AdminPostFilter = { status?: AdminPostStatus; search?: string; trash?: boolean; kinds?: PostKind[]; now?: Date };

function filterWhere({ status, search, trash = false, kinds = ["post"], now = new Date() }: AdminPostFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [trash ? isNotNull(posts.deletedAt) : isNull(posts.deletedAt), inArray(posts.kind, kinds)];
  if (status === "draft") conditions.push(eq(posts.status, "draft"));
  if (status === "scheduled") conditions.push(eq(posts.status, "published"), gt(posts.publishedAt, now));
  if (status === "published") conditions.push(eq(posts.status, "published"), lte(posts.publishedAt, now));
  const words = search?.trim();
  if (words) {
    conditions.push(contains(posts.title, words));
  }
  return and(...conditions);
}

export type AdminPostRow = {
  id: number;
  kind: PostKind;
  title: string;
  slug: string;
  status: AdminPostStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  deletedAt: Date | null;
  authorName: string;
  /** A published or scheduled post with saved changes that are not public yet. */
  pendingChanges: boolean;
  /** An editor asked the owner to publish it (db/approval-requests.ts). */
  awaitingApproval: boolean;
  /** The writing checks' scores, 0-100 (lib/writing/post-scores.ts); null before they are computed. */
  readabilityScore: number | null;
  searchScore: number | null;
};

/** How the admin list is ordered: most recently changed first, or by a writing score, lowest (the work to do) first. */
export const ADMIN_POST_SORTS = ["changed", "readability", "search"] as const;
export type AdminPostSort = (typeof ADMIN_POST_SORTS)[number];

/**
 * A page of posts for the admin list, most recently changed first unless `sort` says otherwise.
 * The page's ids are sorted first, on `posts_admin_list_idx` alone (every column the filters and
 * sorts read); only those 25 rows are then read whole. Sorting whole rows read every post's body:
 * 31 ms for page 1 and 43 ms for page 400 at 10,000 posts (`npm run bench -- --scale 10`).
 */
export function listAdminPosts(filter: AdminPostFilter & { limit: number; offset?: number; sort?: AdminPostSort }): AdminPostRow[] {
  const now = filter.now ?? new Date();
  const ids = db()
    .select({ id: posts.id })
    .from(posts)
    .where(filterWhere({ ...filter, now }))
    .orderBy(...scoreOrder(filter.sort), desc(filter.trash ? posts.deletedAt : posts.updatedAt), desc(posts.id))
    .limit(filter.limit)
    .offset(filter.offset ?? 0)
    .all()
    .map((row) => row.id);
  if (ids.length === 0) return [];
  const rows = new Map(
    db()
      .select({
        id: posts.id,
        kind: posts.kind,
        title: posts.title,
        slug: posts.slug,
        status: posts.status,
        publishedAt: posts.publishedAt,
        updatedAt: posts.updatedAt,
        deletedAt: posts.deletedAt,
        authorName: bylineColumns.authorName,
        pendingPostId: postDrafts.postId,
        awaitingApproval: sql<number>`exists (select 1 from ${approvalRequests} where ${approvalRequests.postId} = ${posts.id} and ${approvalRequests.decidedAt} is null)`,
        readabilityScore: posts.readabilityScore,
        searchScore: posts.searchScore,
      })
      .from(posts)
      .innerJoin(users, eq(users.id, posts.createdBy))
      .leftJoin(profiles, eq(profiles.id, posts.bylineProfileId))
      .leftJoin(postDrafts, eq(postDrafts.postId, posts.id))
      .where(inArray(posts.id, ids))
      .all()
      .map(({ pendingPostId, awaitingApproval, ...row }) => [
        row.id,
        { ...row, status: adminStatus(row, now), pendingChanges: pendingPostId !== null, awaitingApproval: Boolean(awaitingApproval) },
      ]),
  );
  return ids.flatMap((id) => rows.get(id) ?? []);
}

// Lowest score first; posts without a score last.
function scoreOrder(sort: AdminPostSort | undefined): SQL[] {
  const column = sort === "readability" ? posts.readabilityScore : sort === "search" ? posts.searchScore : undefined;
  return column ? [sql`${column} is null`, asc(column)] : [];
}

export function countAdminPosts(filter: AdminPostFilter): number {
  return db().select({ n: count() }).from(posts).where(filterWhere(filter)).get()?.n ?? 0;
}
