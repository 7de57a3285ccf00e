// The one rule for every admin action that changes what the public sees (posts, pages,
// practice areas, tags, profiles, media in public pages, settings): the owner, or an editor
// the owner lets publish, applies the change; any other editor proposes it and it waits
// for the owner ("In review"). Every such action starts here rather than asking
// requireActionUser() and mayPublish() apart, so none can forget the second question.
import "server-only";
import { requireActionUser, type SessionUser } from "@/lib/accounts/auth";
import { getSiteSettings } from "@/lib/site/settings";
import { mayPublish } from "./publishing-rights";
import { FINDING_ADVICE, findRestricted } from "./restricted-words";

export type PublicChangeAuthority = { user: SessionUser; /** true: apply now; false: propose (or refuse). */ applies: boolean };

/** 401 without a session, 403 without the role; then whether this person's change applies now. */
export async function authorizePublicChange(options: { role?: "owner" } = {}): Promise<PublicChangeAuthority> {
  const user = await requireActionUser(options);
  return { user, applies: mayPublish(user) };
}

export const PROPOSED_MESSAGE = "Sent to the owner for review. The public site shows it once the owner applies it (In review).";

/**
 * The restricted-words check (lib/publishing/restricted-words.ts) over short public texts (a
 * profile's title and bio, a tag's name), as one sentence to show beside the result, or
 * undefined when nothing is flagged. `certified`: the profile records a certification.
 */
export function restrictedWarning(texts: { field: string; label: string; text: string }[], certified = false): string | undefined {
  const site = getSiteSettings();
  const findings = findRestricted(
    texts.map(({ field, text }) => ({ field, text })),
    { words: site.restrictedWords, pastResultPhrases: site.pastResultPhrases, resultsDisclaimer: site.resultsDisclaimer, authorCertified: certified },
  );
  if (findings.length === 0) return undefined;
  const label = new Map(texts.map((t) => [t.field, t.label]));
  const listed = findings.map((f) => `“${f.match}” (${label.get(f.field)})`).join(", ");
  const advice = [...new Set(findings.map((f) => FINDING_ADVICE[f.kind]))].join(" ");
  return `Check ${listed}: ${advice}`;
}
