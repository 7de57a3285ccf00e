import "server-only";
import { getInquiry } from "@/db/inquiries";
import { findPostForEdit } from "@/db/post-admin";
import { findProfileForEdit } from "@/db/profiles";
import { currentUser } from "./auth";
import { urgencyWindow } from "./inquiry-urgency";
import { getSiteSettings } from "./settings";
import { parseId } from "./url-params";

// Titles that tell one admin tab from another (WCAG 2.4.2): they name the post, the
// inquiry or the profile. The admin layout adds " | Admin". Nothing is named without a
// session (the page itself then sends the visitor to sign in). An inquiry is named by its
// reference, not the person's name: a title is kept in the browser's history and shows
// on a shared screen.

const MAX_TITLE = 70;
const short = (text: string) => (text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE - 1)}…` : text);

/** "Edit post: Bail in Alabama" (or `what` for the versions, preview and review pages). */
export async function postPageTitle(idText: string, what: string): Promise<string> {
  const id = parseId(idText);
  if (!(await currentUser()) || id === undefined) return what;
  const post = findPostForEdit(id);
  return post ? `${what}: ${short(post.title.trim() || "Untitled")}` : what;
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
  return found ? `${what}: ${short(found.profile.displayName)}` : what;
}
