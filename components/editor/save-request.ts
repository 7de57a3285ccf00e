import type { PostKind } from "@/db/schema";
import type { FieldErrors } from "@/lib/forms/form-state";
import type { PostFieldsInput, SaveIntent } from "@/lib/posts/post-input";
import type { EditorPostState, SaveResponse } from "@/lib/posts/post-save";

/** What the save route answered, in the terms the editor acts on. */
export type SaveAnswer =
  | { kind: "saved"; post: EditorPostState }
  /** The request never got an answer (the connection dropped). */
  | { kind: "unreachable" }
  /** 401: the session ended. */
  | { kind: "expired" }
  /** 409 from a stale revision: the post changed elsewhere; nothing was overwritten. */
  | { kind: "conflict"; message: string }
  /** Anything else: the route's message, and its messages per field. */
  | { kind: "refused"; message: string; fieldErrors: FieldErrors };

export type SaveRequestBody = {
  /** The revision the editor started from: a save over a newer one is refused. */
  revision: number;
  intent: SaveIntent;
  /** For "schedule": the time typed, in the firm's time zone. */
  publishAt?: string;
  /** The slug is the title's (never typed): a taken one becomes slug-2, slug-3… */
  autoSlug?: boolean;
  /** What the editor shows; null for "discard". */
  fields: PostFieldsInput | null;
  /** For a new draft's first save: a post, a page or a practice area. */
  kind?: PostKind;
};

/**
 * The one place the editor sends a save: autosave, publish, schedule, update, unpublish
 * and discard. JSON to a route handler (not a server action), so a 401 or a 409 reaches
 * the page as a status.
 */
export async function sendSaveRequest(postId: number | null, body: SaveRequestBody): Promise<SaveAnswer> {
  let response: Response;
  try {
    response = await fetch(postId === null ? "/admin/api/posts" : `/admin/api/posts/${postId}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return { kind: "unreachable" };
  }
  if (response.status === 401) return { kind: "expired" };
  const data = (await response.json().catch(() => null)) as SaveResponse | null;
  if (data?.ok) return { kind: "saved", post: data.post };
  if (data?.conflict) return { kind: "conflict", message: data.error };
  return {
    kind: "refused",
    message: data?.error ?? (response.status === 403 ? "you may not change this post." : "something went wrong."),
    fieldErrors: data?.fieldErrors ?? {},
  };
}
