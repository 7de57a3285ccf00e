import { SEARCH_INPUT_MAX } from "@/lib/posts/search-input";
import { buttonClass } from "@/components/ui/button";
import { dictionary } from "@/lib/i18n/dictionary";
import { langPath, type Lang } from "@/lib/i18n/languages";

/**
 * A search box: a plain GET form to /search, so it works without JavaScript. `compact` is
 * the header's; the search page and the 404 page show the large one.
 */
export function SearchForm({ id, query = "", compact = false, lang = "en" }: { id: string; query?: string; compact?: boolean; lang?: Lang }) {
  const words = dictionary(lang).search;
  return (
    <form role="search" action={langPath(lang, "/search")} method="get" aria-label={compact ? words.site : words.posts} className="flex w-full max-w-xl items-stretch gap-2">
      <label htmlFor={id} className="sr-only">
        {words.posts}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        maxLength={SEARCH_INPUT_MAX}
        placeholder={words.posts}
        autoComplete="off"
        enterKeyHint="search"
        className={
          compact
            ? "min-w-0 flex-1 rounded border border-white/40 bg-white px-3 py-1.5 text-sm text-slate-900 placeholder:text-slate-600"
            : "min-w-0 flex-1 rounded-md border border-slate-500 px-3 py-2.5 text-lg text-slate-900 placeholder:text-slate-600"
        }
      />
      <button
        type="submit"
        className={
          compact
            ? "rounded bg-white/10 px-3 py-1.5 text-sm font-medium text-white hover:bg-white/20"
            : buttonClass({ size: "lg" })
        }
      >
        {words.button}
      </button>
    </form>
  );
}
