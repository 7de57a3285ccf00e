import type { Lang } from "@/lib/i18n/languages";
import { PostSummary, type ListedPost } from "./post-summary";

/**
 * Posts, one `PostSummary` each. `ordered` with a `label`: a ranked list (search results);
 * otherwise newest first, named by the heading above it.
 */
export function PostList({
  posts,
  timeZone,
  soleAuthorSlug,
  headingLevel = "h2",
  ordered = false,
  label,
  lang = "en",
}: {
  posts: ListedPost[];
  timeZone: string;
  soleAuthorSlug: string | undefined;
  headingLevel?: "h2" | "h3";
  ordered?: boolean;
  label?: string;
  lang?: Lang;
}) {
  const List = ordered ? "ol" : "ul";
  return (
    <List className="divide-y divide-slate-200" aria-label={label}>
      {posts.map((post) => (
        <li key={post.id} className="py-5 first:pt-0">
          <PostSummary post={post} timeZone={timeZone} soleAuthorSlug={soleAuthorSlug} headingLevel={headingLevel} lang={lang} />
        </li>
      ))}
    </List>
  );
}
