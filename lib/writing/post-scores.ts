// The two writing scores the admin's list of posts shows and sorts by, kept with each post:
// computed from the latest saved content on every save from the editor, and at start-up for
// posts that have none. Readability needs text; a post without any has no score (null).
import "server-only";
import { listPostsWithoutScores, setWritingScores, setWritingScoresOfMany, type ScoredContent, type WritingScores } from "@/db/post-admin/writing-scores";
import { siteUrl } from "@/lib/http/site-url";
import { getSiteSettings } from "@/lib/site/settings";
import { htmlDocument } from "./html-document";
import { legaleseMatcher, parseLegalese, type LegaleseMatcher } from "./legalese";
import { analysePost } from "./post-analysis";

// The settings object is kept until a setting changes: one matcher per list, not per save.
const matchers = new WeakMap<readonly string[], LegaleseMatcher>();
function matcherFor(lines: readonly string[]): LegaleseMatcher {
  let matcher = matchers.get(lines);
  if (!matcher) matchers.set(lines, (matcher = legaleseMatcher(parseLegalese(lines))));
  return matcher;
}

export function writingScores(content: ScoredContent, legalese: readonly string[] = getSiteSettings().legalese): WritingScores {
  const { readability, search } = analysePost(
    { title: content.title, seoTitle: content.seoTitle ?? "", excerpt: content.excerpt, seoDescription: content.seoDescription ?? "", slug: content.slug, focusPhrase: "", doc: htmlDocument(content.bodyHtml), siteOrigin: siteUrl() },
    matcherFor(legalese),
  );
  return { readability: readability.score, search: search.score };
}

/** After a save: the post's scores follow what was saved. */
export function recordWritingScores(postId: number, content: ScoredContent): void {
  setWritingScores(postId, writingScores(content));
}

/**
 * Start-up: scores for posts that have none. Returns how many were filled in. A few hundred
 * at a time, each batch one commit: ten thousand imported posts' bodies are never in memory at once.
 */
export function fillMissingWritingScores(): number {
  const legalese = getSiteSettings().legalese;
  let filled = 0;
  for (let afterId = 0; ; ) {
    const missing = listPostsWithoutScores({ afterId, limit: 200 });
    if (missing.length === 0) return filled;
    setWritingScoresOfMany(missing.map((post) => ({ postId: post.id, scores: writingScores(post, legalese) })));
    filled += missing.length;
    afterId = missing.at(-1)!.id;
  }
}
