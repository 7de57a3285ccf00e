// Search over public posts and practice-area pages (attorneys' pages: searchListedProfiles), with the
// firm's synonyms (lib/posts/search-synonyms.ts): SQLite FTS5 (the posts_search index, built and kept in step
// with posts by the migration's triggers; see db/migrations/*_post_search.sql).
//
// What a person types never reaches FTS5's query language: it is cut into words, and each
// word is quoted, so quotes, OR, NEAR(, * and the like are plain words and no query can fail.
import "server-only";
import { and, count, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { countWords, readingMinutes } from "@/lib/posts/reading-time";
import { SEARCH_INPUT_MAX } from "@/lib/posts/search-input";
import { MARK_END, MARK_START } from "@/lib/posts/search-marks";
import { alternativesOf } from "@/lib/posts/search-synonyms";
import { db } from "./client";
import { isPublic } from "./post-visibility";
import { bylineColumns } from "./posts";
import { listListedProfiles, type PublicProfile } from "./profiles";
import { posts, profiles, users, type PostKind } from "./schema";

// The virtual table, described for queries only: it is not in db/schema.ts, because
// drizzle-kit cannot describe FTS5 tables (a custom migration creates it).
const postsSearch = sqliteTable("posts_search", {
  rowid: integer("rowid").notNull(),
  title: text("title"),
  excerpt: text("excerpt"),
  bodyText: text("body_text"),
});

/** What is searched: at most this many characters of the query, and this many of its words. */
export const SEARCH_LIMITS = { characters: SEARCH_INPUT_MAX, words: 12 } as const;

/** The words of a query as FTS5 reads them: letters, digits and marks; everything else separates. */
export function searchWords(query: string): string[] {
  const words = query.slice(0, SEARCH_LIMITS.characters).match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) ?? [];
  const seen = new Set<string>();
  const distinct: string[] = [];
  for (const word of words.map((w) => w.toLowerCase())) {
    if (!seen.has(word)) distinct.push(word);
    seen.add(word);
  }
  return distinct.slice(0, SEARCH_LIMITS.words);
}

/**
 * The FTS5 query for these words: each quoted (so it is only ever a word), the last one
 * also as the start of a word ("arr" finds "arrest"), all required or any of them. A word
 * with synonyms is the word or any of them ("bail" OR "bond" OR "bondsman").
 */
export function matchExpression(words: string[], mode: "all" | "any", synonyms: readonly string[][] = []): string {
  const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;
  const terms = words.map((word, i) => {
    const own = `${quote(word)}${i === words.length - 1 ? "*" : ""}`;
    const others = alternativesOf(word, synonyms).slice(1).map(quote);
    return others.length ? `(${[own, ...others].join(" OR ")})` : own;
  });
  return terms.join(mode === "all" ? " AND " : " OR ");
}

export type SearchResult = {
  id: number;
  /** A blog post or a practice-area page (publicPath() says where it lives). */
  kind: PostKind;
  slug: string;
  title: string;
  /** The title with each match between MARK_START and MARK_END. */
  titleMarked: string;
  /** A short passage of the body around the matches, marked the same way. */
  snippetMarked: string;
  excerpt: string;
  publishedAt: Date;
  authorName: string;
  /** The author's profile page, as in a PostSummary. */
  authorSlug: string | null;
  readingMinutes: number;
};

export type SearchPage = {
  /** The words searched for (none: nothing to search). */
  words: string[];
  /** "all": every word matched; "any": nothing had them all, so these have some of them. */
  mode: "all" | "any";
  total: number;
  results: SearchResult[];
};

// A match in the title counts ten times one in the body; in the excerpt, four times.
const RANK = sql`bm25(posts_search, 10.0, 4.0, 1.0)`;

// The kinds a search finds: the blog's posts and the practice areas' pages.
function matching(expression: string, now: Date): SQL | undefined {
  return and(sql`posts_search match ${expression}`, or(isPublic(now, "post"), isPublic(now, "practice_area")));
}

function countMatches(expression: string, now: Date): number {
  return (
    db()
      .select({ n: count() })
      .from(postsSearch)
      .innerJoin(posts, eq(posts.id, postsSearch.rowid))
      .where(matching(expression, now))
      .get()?.n ?? 0
  );
}

/**
 * Every word's match, else (more than one word, none found) any word's: its FTS5 expression
 * and how many `count` finds. Posts and their translations search alike.
 */
export function bestMatch(words: string[], count: (expression: string) => number, synonyms: readonly string[][] = []): { mode: SearchPage["mode"]; expression: string; total: number } {
  const all = matchExpression(words, "all", synonyms);
  const total = count(all);
  if (total > 0 || words.length < 2) return { mode: "all", expression: all, total };
  const any = matchExpression(words, "any", synonyms);
  return { mode: "any", expression: any, total: count(any) };
}

/**
 * Public posts matching `query`, best first (title matches above excerpt matches above
 * body matches; then the newest). Every word must match; when no post has them all, posts
 * with any of them are offered instead. Never throws on what a person typed.
 */
export function searchPublicPosts(query: string, options: { limit: number; offset?: number; now?: Date; synonyms?: readonly string[][] }): SearchPage {
  const now = options.now ?? new Date();
  const words = searchWords(query);
  if (words.length === 0) return { words, mode: "all", total: 0, results: [] };

  const { mode, expression, total } = bestMatch(words, (expression) => countMatches(expression, now), options.synonyms);
  if (total === 0) return { words, mode, total, results: [] };

  const results = db()
    .select({
      id: posts.id,
      kind: posts.kind,
      slug: posts.slug,
      title: posts.title,
      titleMarked: sql<string>`highlight(posts_search, 0, ${MARK_START}, ${MARK_END})`,
      snippetMarked: sql<string | null>`snippet(posts_search, 2, ${MARK_START}, ${MARK_END}, '…', 24)`,
      excerpt: posts.excerpt,
      publishedAt: posts.publishedAt,
      ...bylineColumns,
      bodyText: posts.bodyText,
    })
    .from(postsSearch)
    .innerJoin(posts, eq(posts.id, postsSearch.rowid))
    .innerJoin(users, eq(users.id, posts.createdBy))
    .leftJoin(profiles, eq(profiles.id, posts.bylineProfileId))
    .where(matching(expression, now))
    .orderBy(RANK, desc(posts.publishedAt), desc(posts.id))
    .limit(options.limit)
    .offset(options.offset ?? 0)
    .all()
    .map(({ bodyText, ...row }) => ({
      ...row,
      titleMarked: row.titleMarked ?? row.title,
      snippetMarked: row.snippetMarked ?? "",
      publishedAt: row.publishedAt as Date,
      readingMinutes: readingMinutes(countWords(bodyText ?? "")),
    }));
  return { words, mode, total, results };
}

/**
 * The lawyers' public pages whose name, title or biography has one of the words (or a
 * synonym), by name. A firm lists a handful, so they are read and matched here.
 */
export function searchListedProfiles(query: string, synonyms: readonly string[][] = []): PublicProfile[] {
  const words = searchWords(query);
  if (words.length === 0) return [];
  const terms = words.flatMap((word) => alternativesOf(word, synonyms));
  const wordsOf = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  return listListedProfiles().filter((profile) => {
    const text = wordsOf(`${profile.displayName} ${profile.title} ${profile.bio}`);
    return terms.some((term) => text.includes(` ${term}`));
  });
}
