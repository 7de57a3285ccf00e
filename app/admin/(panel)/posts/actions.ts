"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import * as postAdmin from "@/db/post-admin";
import { requireActionUser } from "@/lib/auth";
import { refreshPublicPages } from "@/lib/public-pages";
import { scheduleChanged } from "@/lib/publication-watch";

const id = z.coerce.number().int().positive();

/** What the public sees, or when a scheduled post goes out, may have changed. */
function postsChanged() {
  refreshPublicPages();
  scheduleChanged();
}

/** Moves a post to the trash (the form asked for confirmation first). */
export async function trashPost(form: FormData) {
  await requireActionUser();
  const postId = id.safeParse(form.get("postId"));
  if (postId.success && postAdmin.trashPost(postId.data)) postsChanged();
  redirect("/admin/posts?trashed=1");
}

/** Brings a post back from the trash, with the status it had. */
export async function restorePost(form: FormData) {
  await requireActionUser();
  const postId = id.safeParse(form.get("postId"));
  if (postId.success && postAdmin.restorePost(postId.data)) postsChanged();
  redirect("/admin/posts?view=trash&restored=1");
}

/** Owner only, and only with the confirmation box ticked. */
export async function emptyTrash(form: FormData) {
  await requireActionUser({ role: "owner" });
  if (form.get("confirm") !== "yes") redirect("/admin/posts?view=trash&confirm=missing");
  const removed = postAdmin.emptyTrash();
  postsChanged();
  redirect(`/admin/posts?view=trash&emptied=${removed}`);
}

/** Makes an earlier version the current content (a new revision; the versions stay). */
export async function restorePostVersion(form: FormData) {
  const user = await requireActionUser();
  const postId = id.safeParse(form.get("postId"));
  const versionId = id.safeParse(form.get("versionId"));
  const revision = id.safeParse(form.get("revision"));
  if (!postId.success || !versionId.success || !revision.success) redirect("/admin/posts");
  const result = postAdmin.restorePostVersion(postId.data, versionId.data, { userId: user.id, expectedRevision: revision.data });
  if (!result.ok) redirect(`/admin/posts/${postId.data}/versions?v=${versionId.data}&error=${result.reason}`);
  postsChanged();
  redirect(`/admin/posts/${postId.data}?restored=1`);
}
