// Who signs an imported post that has no author on the old site: the rule a new post follows
// (defaultBylineFor(): the importer's own lawyer profile, else the firm's only lawyer). With
// several lawyers there is no such default: a draft comes in signed by nobody (Publish asks
// for the lawyer, as the editor does), and a post that was public on the old site waits for
// the owner to choose the lawyer on the Import screen (or `--lawyer` in a terminal) before the
// import starts, so no post is signed by a sign-in account and none is unpublished unseen.
// With no lawyer's profile at all, such a post comes in as a draft, and the report says so.
import "server-only";
import { countUnsignedItems, findImportRun, setRunByline, type ImportRun } from "@/db/imports";
import { defaultBylineFor, findProfileById, listProfileChoices } from "@/db/profiles";

export const NO_AUTHOR_WARNING = "No author: choose the lawyer who signs it.";

/**
 * Whether posts with no author have a lawyer to sign them by default, for the account
 * `userId`: undefined when they do; "several" when the owner must choose one of the firm's
 * lawyers; "none" when the firm has no lawyer's profile yet.
 */
export function noDefaultLawyer(userId: number | null): "several" | "none" | undefined {
  if (userId !== null && defaultBylineFor(userId) !== null) return undefined;
  return listProfileChoices().length > 0 ? "several" : "none";
}

/** The warning a post with no author gets in the dry run, when nobody signs it by default. */
export function noAuthorWarning(status: "published" | "scheduled" | "draft", lawyers: "several" | "none"): string {
  if (lawyers === "none")
    return `${NO_AUTHOR_WARNING} The firm has no lawyer's profile yet: it comes in as a draft signed by nobody, unless the import brings exactly one lawyer, who then signs it. To choose, add the lawyers' profiles first.`;
  return status === "draft"
    ? `${NO_AUTHOR_WARNING} It comes in as a draft signed by nobody (Publish asks for the lawyer), unless you choose one before importing.`
    : `${NO_AUTHOR_WARNING} It was public on the old site: choose the lawyer for posts with no author before importing.`;
}

/** The chosen lawyer of a run, while their profile is still a lawyer's. */
export function chosenLawyer(run: ImportRun): { id: number; name: string } | undefined {
  const profile = run.bylineProfileId ? findProfileById(run.bylineProfileId) : undefined;
  return profile?.listed ? { id: profile.id, name: profile.displayName } : undefined;
}

/** What keeps a planned run from starting: its public posts with no author and no lawyer to sign them. */
export function bylineProblem(run: ImportRun, userId: number): string | undefined {
  if (noDefaultLawyer(userId) !== "several" || chosenLawyer(run)) return undefined;
  const { published } = countUnsignedItems(run.id);
  if (published === 0) return undefined;
  return `${published} post${published === 1 ? " was" : "s were"} public on the old site with no author. Choose the lawyer who signs ${published === 1 ? "it" : "them"}: a post here is signed by one of the firm's lawyers.`;
}

/** Sets the lawyer for posts with no author; false when `profileId` is not a lawyer's profile. */
export function chooseLawyer(runId: number, profileId: number): boolean {
  if (!findProfileById(profileId)?.listed || !findImportRun(runId)) return false;
  setRunByline(runId, profileId);
  return true;
}
