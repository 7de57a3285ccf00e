import Link from "next/link";
import type { PracticeAreaLink } from "@/db/posts";
import { publicPath } from "@/lib/posts/post-paths";
import { langPath, type Lang } from "@/lib/i18n/languages";

/** Practice areas as links with their summaries: the home page's "What we handle", a post's related areas. */
export function PracticeAreaLinks({ areas, headingLevel = "h3", lang = "en" }: { areas: PracticeAreaLink[]; headingLevel?: "h2" | "h3"; lang?: Lang }) {
  const Heading = headingLevel;
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {areas.map((area) => (
        <li key={area.id}>
          <Link href={langPath(lang, publicPath("practice_area", area.slug))} className="block h-full rounded-md border border-slate-300 px-4 py-3 hover:border-brand-700 hover:bg-brand-50">
            <Heading className="font-semibold text-brand-800 underline">{area.title}</Heading>
            {area.excerpt && <p className="mt-1 text-sm text-slate-700">{area.excerpt}</p>}
          </Link>
        </li>
      ))}
    </ul>
  );
}
