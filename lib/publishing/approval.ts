// The owner's side of review before publishing: publish what an editor sent, or send it
// back with a note. The editor's side (asking) is the save route's "submit"
// (lib/posts/post-save.ts); who must ask is lib/publishing/publishing-rights.ts.
import "server-only";
import { savePostContent, type SaveResult } from "@/db/post-admin/content-save";
import { findPostForEdit } from "@/db/post-admin/post-for-edit";
import { closeApprovalRequest, findOpenApprovalRequest } from "@/db/approval-requests";
import { db } from "@/db/client";
import { storedContent } from "@/lib/posts/post-save";

export type ApprovalDecision = { ok: true } | { ok: false; message: string };

function failure(result: Extract<SaveResult, { ok: false }>): ApprovalDecision {
  switch (result.reason) {
    case "conflict":
      return { ok: false, message: "The post changed while you were reading it. Nothing was published: look at the changes again." };
    case "trashed":
      return { ok: false, message: "The post is in the trash." };
    case "not-found":
      return { ok: false, message: "The post no longer exists." };
    case "slug":
      return { ok: false, message: result.message };
  }
}

/**
 * Publishes what waits for approval, as the owner read it (`revision`: a change made since is
 * refused, never published unseen): a draft goes live (at the time the editor asked for, when
 * they asked for one), a published post takes its pending changes. The request closes in the
 * same transaction. The caller refreshes the public pages.
 */
export function approveAndPublish(owner: { id: number }, postId: number, revision: number, now = new Date()): ApprovalDecision {
  const post = findPostForEdit(postId);
  const request = findOpenApprovalRequest(postId);
  if (!post || !request) return { ok: false, message: "Nothing of this post waits for review now." };
  const content = storedContent(post.pending ?? post);
  if (content.bodyHtml === "") return { ok: false, message: "The post has no text: send it back." };
  const afterWrite = (tx: Parameters<typeof closeApprovalRequest>[0]) => {
    closeApprovalRequest(tx, postId, { outcome: "published", userId: owner.id, now });
  };
  const result =
    post.status === "draft"
      ? savePostContent(postId, revision, content, { userId: owner.id, now, statusChange: { status: "published", publishedAt: request.publishAt ?? now }, afterWrite })
      : savePostContent(postId, revision, content, { userId: owner.id, now, afterWrite });
  return result.ok ? { ok: true } : failure(result);
}

/** Sends it back to the editor with a note: nothing goes public; the editor sees the note in the editor. */
export function returnForChanges(owner: { id: number }, postId: number, note: string, now = new Date()): ApprovalDecision {
  const closed = closeApprovalRequest(db(), postId, { outcome: "returned", userId: owner.id, note, now });
  return closed ? { ok: true } : { ok: false, message: "Nothing of this post waits for review now." };
}
