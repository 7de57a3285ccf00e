import Link from "next/link";
import { dictionary } from "@/lib/i18n/dictionary";
import { langPath, type Lang } from "@/lib/i18n/languages";
import { tagPath } from "@/lib/posts/blog-paths";

/**
 * A post's topics, each a link to its tag page in the page's language. `nameLang`: a tag
 * shown in another language than the page (a tag the firm gave no Spanish name).
 */
export function TagLinks({ tags, lang = "en" }: { tags: { name: string; slug: string; nameLang?: Lang }[]; lang?: Lang }) {
  if (tags.length === 0) return null;
  const words = dictionary(lang).blog;
  return (
    <nav aria-label={words.topics}>
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        <li className="text-slate-600" aria-hidden="true">
          {words.topicsLead}
        </li>
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link
              href={langPath(lang, tagPath(tag.slug))}
              lang={tag.nameLang && tag.nameLang !== lang ? tag.nameLang : undefined}
              className="inline-block rounded-full bg-brand-50 px-3 py-1.5 font-medium text-brand-800 hover:underline"
            >
              {tag.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
