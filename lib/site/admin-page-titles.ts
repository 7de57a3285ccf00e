import "server-only";
import { getInquiry } from "@/db/inquiries/inquiries";
import { findImportRun } from "@/db/imports";
import { findPostForEdit } from "@/db/post-admin/post-for-edit";
import { findProfileForEdit } from "@/db/profiles";
import { currentUser } from "@/lib/accounts/auth";
import { KIND_NAMES } from "@/lib/posts/post-paths";
import { urgencyWindow } from "@/lib/inquiries/inquiry-urgency";
import { getSiteSettings } from "./settings";
import { shortTitle } from "./short-title";
import { parseId } from "@/lib/http/url-params";

// Titles that tell one admin tab from another (WCAG 2.4.2): they name the post, the
// inquiry or the profile. The admin layout adds " | Admin". Nothing is named without a
// session (the page itself then sends the visitor to sign in). An inquiry is named by its
// reference, not the person's name: a title is kept in the browser's history and shows
// on a shared screen.

/**
 * "Edit post: Bail in Alabama", "Edit page: About the firm" (`what` names the page kind:
 * "Edit", "Versions", "Preview", "Review", "Spanish version"; the editor's own tab title says the same).
 */
export async function postPageTitle(idText: string, what: "Edit" | "Versions" | "Preview" | "Review" | "Spanish version"): Promise<string> {
  const generic = what === "Edit" ? "Edit post" : what;
  const id = parseId(idText);
  if (!(await currentUser()) || id === undefined) return generic;
  const post = findPostForEdit(id);
  if (!post) return generic;
  const label = what === "Edit" ? `Edit ${KIND_NAMES[post.kind]}` : what;
  return `${label}: ${shortTitle(post.title.trim() || "Untitled")}`;
}

/** "Inquiry SH2-22BB". */
export async function inquiryPageTitle(idText: string, what: string): Promise<string> {
  const id = parseId(idText);
  const user = await currentUser();
  if (user?.role !== "owner" || id === undefined) return what;
  const inquiry = getInquiry(id, urgencyWindow(getSiteSettings().timeZone));
  return inquiry ? `${what} ${inquiry.reference}` : what;
}

/** "Edit profile: Jane Doe". */
export async function profilePageTitle(idText: string, what: string): Promise<string> {
  const id = parseId(idText);
  const user = await currentUser();
  if (user?.role !== "owner" || id === undefined) return what;
  const found = findProfileForEdit(id);
  return found ? `${what}: ${shortTitle(found.profile.displayName)}` : what;
}

/** "Import: hollis-reyes.WordPress.xml" (what the owner gave: a file name or an address). */
export async function importPageTitle(idText: string): Promise<string> {
  const id = parseId(idText);
  const user = await currentUser();
  if (user?.role !== "owner" || id === undefined) return "Import";
  const run = findImportRun(id);
  return run ? `Import: ${shortTitle(run.label)}` : "Import";
}
