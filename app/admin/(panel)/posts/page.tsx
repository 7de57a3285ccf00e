import type { Metadata } from "next";
import { TranslationMark } from "@/components/admin/translation-mark";
import { translationStates } from "@/db/translations/translation-admin";
import { ScrollBox } from "@/components/ui/scroll-box";
import Link from "next/link";
import { FormMessage } from "@/components/ui/form-message";
import { AdminPostStatusBadge } from "@/components/admin/post-status";
import { Pagination } from "@/components/blog/pagination";
import { Select } from "@/components/ui/select";
import { TextInput } from "@/components/ui/text-input";
import { TrashUndo } from "@/components/admin/trash-undo";
import { WritingScore } from "@/components/admin/writing-score";
import { ADMIN_POST_SORTS, countAdminPosts, listAdminPosts, type AdminPostSort, type AdminPostStatus } from "@/db/post-admin/admin-post-list";
import { findPostForEdit } from "@/db/post-admin/post-for-edit";
import { requireUser } from "@/lib/accounts/auth";
import { getSiteSettings } from "@/lib/site/settings";
import { formatDateTime } from "@/lib/dates/format";
import { parseId, parsePageNumber } from "@/lib/http/url-params";
import { emptyTrash, restorePost } from "./actions";
import { Button, buttonClass } from "@/components/ui/button";

// Page 2 of a list is told apart from page 1 in the tab's title (WCAG 2.4.2).
export async function generateMetadata({ searchParams }: PageProps<"/admin/posts">): Promise<Metadata> {
  const page = parsePageNumber((await searchParams).page) ?? 1;
  return { title: page > 1 ? `Posts, page ${page}` : "Posts" };
}

const PER_PAGE = 25;
const STATUSES: AdminPostStatus[] = ["draft", "scheduled", "published"];
const SORT_NAMES: Record<AdminPostSort, string> = { changed: "most recently changed first", readability: "lowest readability first", search: "lowest search score first" };

function one(value: string | string[] | undefined): string {
  return typeof value === "string" ? value : "";
}

export default async function AdminPostsPage({ searchParams }: PageProps<"/admin/posts">) {
  const params = await searchParams;
  const trash = one(params.view) === "trash";
  const status = STATUSES.find((s) => s === one(params.status));
  const search = one(params.q).slice(0, 200);
  const sort: AdminPostSort = trash ? "changed" : (ADMIN_POST_SORTS.find((s) => s === one(params.sort)) ?? "changed");
  // A malformed page number shows the first page; one past the end, the last.
  const page = parsePageNumber(params.page) ?? 1;
  const query = new URLSearchParams({ ...(trash ? { view: "trash" } : {}), ...(status ? { status } : {}), ...(search ? { q: search } : {}), ...(sort !== "changed" ? { sort } : {}) });
  const user = await requireUser({ returnTo: `/admin/posts${query.size ? `?${query}` : ""}` });

  const site = getSiteSettings();
  const now = new Date();
  const filter = { trash, status: trash ? undefined : status, search, now };
  const total = countAdminPosts(filter);
  const pageCount = Math.max(1, Math.ceil(total / PER_PAGE));
  const spanish = translationStates("es");
  const rows = listAdminPosts({ ...filter, sort, limit: PER_PAGE, offset: (Math.min(page, pageCount) - 1) * PER_PAGE });
  // A score column's heading sorts by it (lowest first, the work to do), or back to the usual order.
  const sortHref = (by: AdminPostSort) => {
    const q = new URLSearchParams([...query].filter(([key]) => key !== "sort"));
    if (by !== sort) q.set("sort", by);
    return `/admin/posts${q.size ? `?${q}` : ""}`;
  };
  const pageHref = (n: number) => {
    const q = new URLSearchParams(query);
    if (n > 1) q.set("page", String(n));
    return `/admin/posts${q.size ? `?${q}` : ""}`;
  };
  const trashedId = parseId(one(params.trashed));
  const trashed = trashedId === undefined ? undefined : findPostForEdit(trashedId);
  const notice =
    trashed?.deletedAt
      ? ""
      : one(params.restored) === "1"
        ? "The post is back, with the status it had."
        : one(params.emptied)
          ? `The trash is empty (${Number(one(params.emptied)) || 0} deleted for good).`
          : one(params.confirm) === "missing"
            ? "Tick the box to confirm before emptying the trash."
            : one(params.refused) === "restore"
              ? "The owner restores posts that were on the site: ask them."
              : "";

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">{trash ? "Trash" : "Posts"}</h1>
        <div className="flex gap-2">
          {trash ? (
            <Link href="/admin/posts" className="rounded-md border border-slate-300 px-4 py-2 font-medium text-brand-800 hover:border-brand-700">
              Back to posts
            </Link>
          ) : (
            <>
              <Link href="/admin/posts?view=trash" className="rounded-md border border-slate-300 px-4 py-2 font-medium text-brand-800 hover:border-brand-700">
                Trash
              </Link>
              <Link href="/admin/posts/new" className={buttonClass()}>
                New post
              </Link>
            </>
          )}
        </div>
      </div>

      {trashed?.deletedAt && (
        <FormMessage ok>
          “{trashed.title}” is in the trash.
          <TrashUndo postId={trashed.id} title={trashed.title} action={restorePost} />
        </FormMessage>
      )}
      {notice && (
        <FormMessage ok>
          {notice}
        </FormMessage>
      )}

      <form method="get" action="/admin/posts" className="flex flex-wrap items-end gap-3" role="search" aria-label="Find posts">
        {trash && <input type="hidden" name="view" value="trash" />}
        <div className="w-64">
          <label htmlFor="q" className="block text-sm font-medium text-slate-800">
            Search titles
          </label>
          <TextInput id="q" name="q" type="search" defaultValue={search} maxLength={200} />
        </div>
        {!trash && (
          <div>
            <label htmlFor="status" className="block text-sm font-medium text-slate-800">
              Status
            </label>
            <Select id="status" name="status" defaultValue={status ?? ""}>
              <option value="">All</option>
              <option value="draft">Drafts</option>
              <option value="scheduled">Scheduled</option>
              <option value="published">Published</option>
            </Select>
          </div>
        )}
        {!trash && (
          <div>
            <label htmlFor="sort" className="block text-sm font-medium text-slate-800">
              Order
            </label>
            <Select id="sort" name="sort" defaultValue={sort}>
              <option value="changed">Recently changed</option>
              <option value="readability">Readability, lowest first</option>
              <option value="search">Search score, lowest first</option>
            </Select>
          </div>
        )}
        <Button type="submit" variant="secondary">
          Show
        </Button>
      </form>

      <p className="text-sm text-slate-700">
        {total === 1 ? "1 post" : `${total} posts`}
        {search && ` with “${search}” in the title`}
        {total > 1 && (trash ? ", most recently deleted first" : `, ${SORT_NAMES[sort]}`)}
      </p>

      {rows.length > 0 ? (
        <ScrollBox label={trash ? "Posts in the trash" : "Posts"}>
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{trash ? "Posts in the trash" : "Posts"}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-sm text-slate-700">
                <th scope="col" className="py-2 pr-4">Title</th>
                <th scope="col" className="py-2 pr-4">Status</th>
                <th scope="col" className="py-2 pr-4">{trash ? "Deleted" : "Last changed"}</th>
                <th scope="col" className="py-2 pr-4">Author</th>
                {!trash &&
                  (["readability", "search"] as const).map((by) => (
                    <th key={by} scope="col" className="py-2 pr-4" aria-sort={sort === by ? "ascending" : undefined}>
                      <Link href={sortHref(by)} className="text-brand-800 underline">
                        {by === "readability" ? "Readability" : "Search"}
                        <span className="sr-only">{sort === by ? ", sorted lowest first: sort by last change instead" : ", sort lowest first"}</span>
                      </Link>
                    </th>
                  ))}
                {trash && <th scope="col" className="py-2">Action</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((post) => (
                <tr key={post.id} className="border-b border-slate-200 align-top">
                  <td className="py-3 pr-4">
                    {trash ? (
                      <span className="font-medium">{post.title}</span>
                    ) : (
                      <Link href={`/admin/posts/${post.id}`} className="font-medium text-brand-800 underline hover:text-brand-900">
                        {post.title}
                      </Link>
                    )}
                    {!trash && <TranslationMark href={`/admin/posts/${post.id}/spanish`} state={spanish.get(post.id)} />}
                  </td>
                  <td className="py-3 pr-4">
                    <AdminPostStatusBadge status={post.status} />
                    {post.pendingChanges && (
                      <span className="mt-1 block text-xs font-medium text-amber-900">Unpublished changes</span>
                    )}
                    {post.awaitingApproval && <span className="mt-1 block text-xs font-semibold text-brand-800">In review</span>}
                  </td>
                  {/* The date the list is sorted by comes first (last change, or deletion in the trash); the publish time under it. */}
                  <td className="py-3 pr-4 text-sm text-slate-700">
                    {trash && post.deletedAt ? (
                      formatDateTime(post.deletedAt, site.timeZone)
                    ) : (
                      <>
                        {formatDateTime(post.updatedAt, site.timeZone)}
                        {post.publishedAt && post.status !== "draft" && (
                          <span className="block text-xs text-slate-600">
                            {post.status === "scheduled" ? "Goes out" : "Published"} {formatDateTime(post.publishedAt, site.timeZone)}
                          </span>
                        )}
                      </>
                    )}
                  </td>
                  <td className="py-3 pr-4 text-sm text-slate-700">{post.authorName}</td>
                  {!trash && (
                    <>
                      <td className="py-3 pr-4">
                        <WritingScore score={post.readabilityScore} />
                      </td>
                      <td className="py-3 pr-4">
                        <WritingScore score={post.searchScore} />
                      </td>
                    </>
                  )}
                  {trash && (
                    <td className="py-3">
                      <form action={restorePost}>
                        <input type="hidden" name="postId" value={post.id} />
                        <Button type="submit" variant="secondary" size="sm">
                          Restore <span className="sr-only">{post.title}</span>
                        </Button>
                      </form>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      ) : (
        <p className="text-slate-700">{trash ? "The trash is empty." : "No posts match."}</p>
      )}

      <Pagination page={Math.min(page, pageCount)} pageCount={pageCount} href={pageHref} label="Pages of posts" previous="Previous" next="Next" />

      {trash && user.role === "owner" && total > 0 && (
        <details className="rounded-md border border-red-300 p-4">
          <summary className="cursor-pointer font-medium text-red-800">Empty the trash…</summary>
          <form action={emptyTrash} className="mt-3 space-y-3">
            <p className="text-slate-800">
              This deletes the {total === 1 ? "post" : `${total} posts`} in the trash for good. It cannot be undone. The versions that were
              published are kept, with their title and address, as the firm&apos;s record of its advertising.
            </p>
            <label className="flex items-center gap-2">
              <input type="checkbox" name="confirm" value="yes" required className="h-4 w-4" />
              <span>Yes, delete them for good</span>
            </label>
            <Button type="submit" variant="danger">
              Empty trash
            </Button>
          </form>
        </details>
      )}
    </div>
  );
}
