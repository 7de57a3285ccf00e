import Link from "next/link";
import { tagPath } from "@/lib/posts/blog-paths";

/** A post's topics, each a link to its tag page. */
export function TagLinks({ tags }: { tags: { name: string; slug: string }[] }) {
  if (tags.length === 0) return null;
  return (
    <nav aria-label="Topics">
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        <li className="text-slate-600" aria-hidden="true">
          Topics:
        </li>
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link href={tagPath(tag.slug)} className="inline-block rounded-full bg-brand-50 px-3 py-1.5 font-medium text-brand-800 hover:underline">
              {tag.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
