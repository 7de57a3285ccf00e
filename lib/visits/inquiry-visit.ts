// What an inquiry stores of the visit that led to it (the contact form's hidden field):
// the first page, its source as a name, and the last post read, resolved to the post itself
// so the inbox can show its current title. Nothing when counting is off or the field is empty.
import "server-only";
import { siteUrl } from "@/lib/http/site-url";
import { getVisitSettings } from "@/lib/site/settings";
import { countedPath } from "./visit-paths";
import { parseVisitPath } from "./visit-path";
import { cleanLabel, classifySource } from "./visit-source";

export type InquiryVisit = { visitFirstPage: string | null; visitSource: string | null; visitPostPath: string | null; visitPostId: number | null };

const NONE: InquiryVisit = { visitFirstPage: null, visitSource: null, visitPostPath: null, visitPostId: null };

export function inquiryVisit(field: unknown): InquiryVisit {
  if (!getVisitSettings().visitCounting) return NONE;
  const path = parseVisitPath(field);
  if (!path) return NONE;
  const queryAt = path.first.indexOf("?");
  const source = classifySource(path.ref, queryAt === -1 ? "" : path.first.slice(queryAt), new URL(siteUrl()).host);
  const post = path.last ? countedPath(path.last) : null;
  return {
    visitFirstPage: cleanLabel(queryAt === -1 ? path.first : path.first.slice(0, queryAt), 300),
    visitSource: source.campaign ? `${source.source} (${source.campaign})` : source.source,
    visitPostPath: post ? post.path : null,
    visitPostId: post?.postId ?? null,
  };
}
