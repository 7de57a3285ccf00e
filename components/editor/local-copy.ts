import type { PostFieldsInput } from "@/lib/posts/post-input";

// A copy of unsaved text in this browser, so nothing is lost when a save fails
// (the session ran out, the connection dropped, another tab won).

export type LocalCopy = { fields: PostFieldsInput; coverUrl: string | null; revision: number; at: string };

const key = (postId: number | null) => `firm-site:post-draft:${postId ?? "new"}`;

export function readLocalCopy(postId: number | null): LocalCopy | undefined {
  try {
    const raw = window.localStorage.getItem(key(postId));
    const copy = raw ? (JSON.parse(raw) as LocalCopy) : undefined;
    return copy && typeof copy.fields?.title === "string" && typeof copy.fields?.bodyHtml === "string" ? copy : undefined;
  } catch {
    return undefined;
  }
}

export function writeLocalCopy(postId: number | null, copy: LocalCopy) {
  try {
    window.localStorage.setItem(key(postId), JSON.stringify(copy));
  } catch {
    // Storage full or disabled: the server copy is all there is.
  }
}

export function clearLocalCopy(postId: number | null) {
  try {
    window.localStorage.removeItem(key(postId));
  } catch {
    // nothing to clear
  }
}
