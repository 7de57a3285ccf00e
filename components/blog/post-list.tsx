import Link from "next/link";
import type { PostSummary } from "@/db/posts";
import { bylineHref } from "@/lib/posts/post-paths";
import { postPath } from "@/lib/posts/blog-paths";
import { PostMeta } from "./post-meta";

/** `soleAuthorSlug`: the one listed profile of a single-lawyer site, whose bylines lead to /about. */
export function PostList({
  posts,
  timeZone,
  soleAuthorSlug,
  headingLevel = "h2",
}: {
  posts: PostSummary[];
  timeZone: string;
  soleAuthorSlug: string | undefined;
  headingLevel?: "h2" | "h3";
}) {
  const Heading = headingLevel;
  return (
    <ul className="divide-y divide-slate-200">
      {posts.map((post) => (
        <li key={post.id} className="py-5 first:pt-0">
          <article>
            <Heading className="text-xl font-semibold leading-snug text-brand-900">
              <Link href={postPath(post.slug)} className="hover:underline">
                {post.title}
              </Link>
            </Heading>
            <div className="mt-1">
              <PostMeta authorName={post.authorName} authorHref={bylineHref(post.authorSlug, soleAuthorSlug)} publishedAt={post.publishedAt} timeZone={timeZone} />
              <PostMeta authorName={post.authorName} publishedAt={post.publishedAt} readingMinutes={post.readingMinutes} timeZone={timeZone} />
            </div>
            {post.excerpt && <p className="mt-2 text-slate-700">{post.excerpt}</p>}
          </article>
        </li>
      ))}
    </ul>
  );
}
