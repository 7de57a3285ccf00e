// Both reports on a post, the one call the editor's panel and the server's scores make.
import type { LegaleseMatcher } from "./legalese";
import type { PostDocument } from "./post-document";
import { analyseReadability, type ReadabilityReport } from "./readability";
import { checkSearch, type SearchInput, type SearchReport } from "./search-checks";

export type PostAnalysis = { readability: ReadabilityReport; search: SearchReport };

export function analysePost(input: SearchInput & { doc: PostDocument }, legalese: LegaleseMatcher): PostAnalysis {
  return { readability: analyseReadability(input.doc, input.title, input.excerpt, legalese), search: checkSearch(input) };
}
