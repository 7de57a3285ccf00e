"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import * as contentSave from "@/db/post-admin/content-save";
import { findPostForEdit } from "@/db/post-admin/post-for-edit";
import * as postTrash from "@/db/post-admin/post-trash";
import { mayTrash } from "@/lib/publishing/publishing-rights";
import { authorizePublicChange, type PublicChangeAuthority } from "@/lib/publishing/public-change";
import { refreshPublicPages } from "@/lib/http/public-pages";
import { scheduleChanged } from "@/lib/publishing/publication-watch";
import { recordWritingScores } from "@/lib/writing/post-scores";

const id = z.coerce.number().int().positive();

/** What the public sees, or when a scheduled post goes out, may have changed. */
function postsChanged() {
  refreshPublicPages();
  scheduleChanged();
}

/** Whether who holds `authority` may trash or restore post `postId` (mayTrash()). */
function mayTouchLiveness(authority: PublicChangeAuthority, postId: number): boolean {
  // Who may publish may trash anything: no need to load the post.
  if (authority.applies) return true;
  const post = findPostForEdit(postId);
  return post !== undefined && mayTrash(false, post.status);
}

/** Moves a post to the trash (the form asked for confirmation first); the list then offers "Undo" for a few seconds. */
export async function trashPost(form: FormData) {
  const authority = await authorizePublicChange();
  const postId = id.safeParse(form.get("postId"));
  if (!postId.success) redirect("/admin/posts");
  if (!mayTouchLiveness(authority, postId.data)) redirect(`/admin/posts/${postId.data}?refused=trash`);
  if (postTrash.trashPost(postId.data)) postsChanged();
  redirect(`/admin/posts?trashed=${postId.data}`);
}

/** Brings a post back from the trash, with the status it had ("Undo" after a trash, or from the trash list). */
export async function restorePost(form: FormData) {
  const authority = await authorizePublicChange();
  const postId = id.safeParse(form.get("postId"));
  if (!postId.success) redirect("/admin/posts?view=trash");
  if (!mayTouchLiveness(authority, postId.data)) redirect("/admin/posts?view=trash&refused=restore");
  if (postTrash.restorePost(postId.data)) postsChanged();
  redirect(form.get("undo") === "1" ? "/admin/posts?restored=1" : "/admin/posts?view=trash&restored=1");
}

/** Owner only, and only with the confirmation box ticked. */
export async function emptyTrash(form: FormData) {
  await authorizePublicChange({ role: "owner" });
  if (form.get("confirm") !== "yes") redirect("/admin/posts?view=trash&confirm=missing");
  const removed = postTrash.emptyTrash();
  postsChanged();
  redirect(`/admin/posts?view=trash&emptied=${removed}`);
}

/** Makes an earlier version the current content (a new revision; the versions stay). On a published post that is publishing. */
export async function restorePostVersion(form: FormData) {
  const authority = await authorizePublicChange();
  const user = authority.user;
  const postId = id.safeParse(form.get("postId"));
  const versionId = id.safeParse(form.get("versionId"));
  const revision = id.safeParse(form.get("revision"));
  if (!postId.success || !versionId.success || !revision.success) redirect("/admin/posts");
  if (!mayTouchLiveness(authority, postId.data)) redirect(`/admin/posts/${postId.data}/versions?v=${versionId.data}&error=review`);
  const result = contentSave.restorePostVersion(postId.data, versionId.data, { userId: user.id, expectedRevision: revision.data });
  if (!result.ok) redirect(`/admin/posts/${postId.data}/versions?v=${versionId.data}&error=${result.reason}`);
  // The restored text is the post's content now: the list's writing scores follow it, as they follow a save.
  recordWritingScores(result.post.id, result.post.pending ?? result.post);
  postsChanged();
  redirect(`/admin/posts/${postId.data}?restored=1`);
}
