// What every editor page hands the editor besides the post: the bylines it may choose and
// the words the check before publishing flags, and the plain-language panel's legal words.
import "server-only";
import type { AuthorChoice } from "@/components/editor/author-fieldset";
import { listProfileChoices } from "@/db/profiles";
import type { RestrictedRules } from "@/lib/publishing/restricted-words";
import type { SiteSettings } from "@/lib/site/settings-schema";

export function editorContext(site: SiteSettings): { authors: AuthorChoice[]; advertisingRules: Omit<RestrictedRules, "authorCertified">; legalese: string[] } {
  return {
    authors: listProfileChoices().map((p) => ({ id: p.id, displayName: p.displayName, certified: p.certifications.length > 0 })),
    advertisingRules: { words: site.restrictedWords, pastResultPhrases: site.pastResultPhrases, resultsDisclaimer: site.resultsDisclaimer },
    legalese: site.legalese,
  };
}
