import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/pagination";
import { PostList } from "@/components/post-list";
import { countPublicPosts, listPublicPosts } from "@/db/posts";
import { getSiteSettings } from "@/lib/settings";

const PER_PAGE = 10;

export const metadata: Metadata = { title: "Blog" };

/** "?page=N": absent means 1; anything but a whole number from 1 up is not a page. */
function parsePage(value: string | string[] | undefined): number | undefined {
  if (value === undefined) return 1;
  if (typeof value !== "string" || !/^[1-9]\d{0,5}$/.test(value)) return undefined;
  return Number(value);
}

export default async function BlogPage({ searchParams }: PageProps<"/blog">) {
  const page = parsePage((await searchParams).page);
  if (page === undefined) notFound();
  const total = countPublicPosts();
  const pageCount = Math.max(1, Math.ceil(total / PER_PAGE));
  if (page > pageCount) notFound();

  const site = getSiteSettings();
  const posts = listPublicPosts({ limit: PER_PAGE, offset: (page - 1) * PER_PAGE });
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">Blog</h1>
      <p className="mt-2 max-w-prose text-lg text-slate-700">Plain-language answers to the questions people ask us most.</p>
      <div className="mt-8">
        {posts.length > 0 ? <PostList posts={posts} timeZone={site.timeZone} /> : <p className="text-slate-700">No posts yet.</p>}
      </div>
      <div className="mt-8">
        <Pagination
          page={page}
          pageCount={pageCount}
          href={(n) => (n === 1 ? "/blog" : `/blog?page=${n}`)}
          label="Pagination"
          previous="Newer posts"
          next="Older posts"
        />
      </div>
    </div>
  );
}
