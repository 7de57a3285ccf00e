import type { Metadata } from "next";
import { FormMessage } from "@/components/ui/form-message";
import { MergeTagForm, RenameTagForm, SpanishTagNameForm } from "@/components/admin/tag-forms";
import { listAdminTags } from "@/db/tags";
import { tagTranslationNames } from "@/db/translations/tag-translations";
import { requireUser } from "@/lib/accounts/auth";
import { tagPath } from "@/lib/posts/blog-paths";
import { mergeTags, renameTag, setSpanishTagName } from "./actions";

export const metadata: Metadata = { title: "Tags" };

/** Every tag with its posts; rename one (its old address redirects) or merge two. */
export default async function TagsPage({ searchParams }: PageProps<"/admin/tags">) {
  await requireUser({ returnTo: "/admin/tags" });
  const tags = listAdminTags();
  const spanishNames = tagTranslationNames("es");
  const merged = (await searchParams).merged;
  const mergedInto = typeof merged === "string" ? tags.find((t) => t.slug === merged) : undefined;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-900">Tags</h1>
        <p className="max-w-prose text-slate-700">
          Tags are the topics readers follow: each one with public posts has its own page. Assign them in the post editor. Renaming a tag changes its
          address, and the old address leads to the new one; merging moves every post of one tag to another. A tag&apos;s Spanish name is shown on
          the Spanish site, whose tag pages list only the posts that have a Spanish version.
        </p>
      </div>
      {mergedInto && (
        <FormMessage ok>
          Merged: those posts are tagged “{mergedInto.name}” now, and the old tag’s page leads to {tagPath(mergedInto.slug)}.
        </FormMessage>
      )}
      {tags.length === 0 ? (
        <p className="text-slate-700">No tags yet. Add some to a post in the editor.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-300">
          {tags.map((tag) => (
            <li key={tag.id} className="space-y-3 p-4">
              <h2 className="text-lg font-semibold text-brand-900">
                {tag.publicCount > 0 ? (
                  <a href={tagPath(tag.slug)} className="underline">
                    {tag.name}
                  </a>
                ) : (
                  tag.name
                )}{" "}
                <span className="text-sm font-normal text-slate-600">
                  {tag.postCount === 1 ? "1 post" : `${tag.postCount} posts`}, {tag.publicCount} public
                </span>
              </h2>
              <div className="grid gap-4 md:grid-cols-2">
                <RenameTagForm action={renameTag} tagId={tag.id} name={tag.name} />
                <MergeTagForm action={mergeTags} tagId={tag.id} name={tag.name} others={tags.filter((t) => t.id !== tag.id)} />
                <SpanishTagNameForm action={setSpanishTagName} tagId={tag.id} name={tag.name} spanishName={spanishNames.get(tag.id) ?? ""} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
