"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import * as postAdmin from "@/db/post-admin";
import { authorizePublicChange, type PublicChangeAuthority } from "@/lib/publishing/public-change";
import { refreshPublicPages } from "@/lib/http/public-pages";
import { scheduleChanged } from "@/lib/publishing/publication-watch";

const id = z.coerce.number().int().positive();

/** What the public sees, or when a scheduled post goes out, may have changed. */
function postsChanged() {
  refreshPublicPages();
  scheduleChanged();
}

/**
 * An editor whose changes the owner reviews may trash or restore only a draft: taking a
 * published or scheduled post off the site, or putting one back, is publishing too.
 */
function mayTouchLiveness(authority: PublicChangeAuthority, postId: number): boolean {
  if (authority.applies) return true;
  const post = postAdmin.findPostForEdit(postId);
  return post !== undefined && post.status === "draft";
}

/** Moves a post to the trash (the form asked for confirmation first); the list then offers "Undo" for a few seconds. */
export async function trashPost(form: FormData) {
  const authority = await authorizePublicChange();
  const postId = id.safeParse(form.get("postId"));
  if (!postId.success) redirect("/admin/posts");
  if (!mayTouchLiveness(authority, postId.data)) redirect(`/admin/posts/${postId.data}?refused=trash`);
  if (postAdmin.trashPost(postId.data)) postsChanged();
  redirect(`/admin/posts?trashed=${postId.data}`);
}

/** Brings a post back from the trash, with the status it had ("Undo" after a trash, or from the trash list). */
export async function restorePost(form: FormData) {
  const authority = await authorizePublicChange();
  const postId = id.safeParse(form.get("postId"));
  if (!postId.success) redirect("/admin/posts?view=trash");
  if (!mayTouchLiveness(authority, postId.data)) redirect("/admin/posts?view=trash&refused=restore");
  if (postAdmin.restorePost(postId.data)) postsChanged();
  redirect(form.get("undo") === "1" ? "/admin/posts?restored=1" : "/admin/posts?view=trash&restored=1");
}

/** Owner only, and only with the confirmation box ticked. */
export async function emptyTrash(form: FormData) {
  await authorizePublicChange({ role: "owner" });
  if (form.get("confirm") !== "yes") redirect("/admin/posts?view=trash&confirm=missing");
  const removed = postAdmin.emptyTrash();
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
  const result = postAdmin.restorePostVersion(postId.data, versionId.data, { userId: user.id, expectedRevision: revision.data });
  if (!result.ok) redirect(`/admin/posts/${postId.data}/versions?v=${versionId.data}&error=${result.reason}`);
  postsChanged();
  redirect(`/admin/posts/${postId.data}?restored=1`);
}
