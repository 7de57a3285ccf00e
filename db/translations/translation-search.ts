// Search over the public translations in a language (the post_translations_search index,
// db/migrations/0017_spanish_search.sql): no English stemmer, diacritics folded, so
// "acusacion" and "acusación" find the same posts. What a person types is turned into
// quoted words by matchExpression(), as the English search does.
import "server-only";
import { and, count, desc, eq, sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { TranslationLang } from "@/lib/i18n/languages";
import { countWords, readingMinutes } from "@/lib/posts/reading-time";
import { MARK_END, MARK_START } from "@/lib/posts/search-marks";
import { db } from "../client";
import { bylineColumns } from "../posts";
import { posts, postTranslations, profiles, users } from "../schema";
import { bestMatch, searchWords, type SearchPage } from "../search";
import { authorTranslatedColumn, isPublicTranslation } from "./translation-visibility";

// Described for queries only, as posts_search is in db/search.ts.
const translationsSearch = sqliteTable("post_translations_search", { rowid: integer("rowid").notNull(), title: text("title") });

const RANK = sql`bm25(post_translations_search, 10.0, 4.0, 1.0)`;

function matching(lang: TranslationLang, expression: string, now: Date) {
  // The blog's posts (the Spanish site's search lists posts only).
  return and(sql`post_translations_search match ${expression}`, isPublicTranslation(lang, now, "post"));
}

function countMatches(lang: TranslationLang, expression: string, now: Date): number {
  return (
    db()
      .select({ n: count() })
      .from(translationsSearch)
      .innerJoin(postTranslations, eq(postTranslations.id, translationsSearch.rowid))
      .innerJoin(posts, eq(posts.id, postTranslations.postId))
      .where(matching(lang, expression, now))
      .get()?.n ?? 0
  );
}

/** Public translations in `lang` matching `query`, best first; every word, else any of them (as searchPublicPosts()). */
export function searchPublicTranslations(lang: TranslationLang, query: string, options: { limit: number; offset?: number; now?: Date }): SearchPage {
  const now = options.now ?? new Date();
  const words = searchWords(query);
  if (words.length === 0) return { words, mode: "all", total: 0, results: [] };
  const { mode, expression, total } = bestMatch(words, (expression) => countMatches(lang, expression, now));
  if (total === 0) return { words, mode, total, results: [] };
  const results = db()
    .select({
      id: posts.id,
      kind: posts.kind,
      slug: postTranslations.slug,
      title: postTranslations.title,
      titleMarked: sql<string>`highlight(post_translations_search, 0, ${MARK_START}, ${MARK_END})`,
      snippetMarked: sql<string | null>`snippet(post_translations_search, 2, ${MARK_START}, ${MARK_END}, '…', 24)`,
      excerpt: postTranslations.excerpt,
      publishedAt: posts.publishedAt,
      ...bylineColumns,
      ...authorTranslatedColumn,
      bodyText: postTranslations.bodyText,
    })
    .from(translationsSearch)
    .innerJoin(postTranslations, eq(postTranslations.id, translationsSearch.rowid))
    .innerJoin(posts, eq(posts.id, postTranslations.postId))
    .innerJoin(users, eq(users.id, posts.createdBy))
    .leftJoin(profiles, eq(profiles.id, posts.bylineProfileId))
    .where(matching(lang, expression, now))
    .orderBy(RANK, desc(posts.publishedAt), desc(posts.id))
    .limit(options.limit)
    .offset(options.offset ?? 0)
    .all()
    .map(({ bodyText, ...row }) => ({
      ...row,
      titleMarked: row.titleMarked ?? row.title,
      snippetMarked: row.snippetMarked ?? "",
      publishedAt: row.publishedAt as Date,
      readingMinutes: readingMinutes(countWords(bodyText)),
    }));
  return { words, mode, total, results };
}
