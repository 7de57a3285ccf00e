// The editor's document and its saving: every change is copied into this browser at once
// and sent two seconds after typing stops; the copy is dropped once the server has it.
// Saves run one at a time, in order, each with the revision the last one returned; a 409
// stops them (nothing is overwritten), a 401 waits for the person to sign in again.
import { useCallback, useEffect, useRef, useState } from "react";
import type { FieldErrors } from "@/lib/forms/form-state";
import type { PostKind } from "@/db/schema";
import type { PostFieldsInput, SaveIntent } from "@/lib/posts/post-input";
import type { EditorPostState } from "@/lib/posts/post-save";
import { clearLocalCopy, writeLocalCopy } from "./local-copy";
import { sendSaveRequest } from "./save-request";
import { useLeaveWarning } from "./use-leave-warning";

/** How long after the last change the editor saves. */
export const AUTOSAVE_MS = 2000;

export type SaveState =
  | { kind: "saved" }
  | { kind: "saving" }
  | { kind: "failed"; message: string }
  | { kind: "expired" }
  | { kind: "conflict"; message: string };

/** Everything but "discard", which drops changes rather than sending them. */
export type SendIntent = Exclude<SaveIntent, "discard">;

export type AutosaveOptions = {
  /** Null for a post not saved yet: the first save creates it. */
  postId: number | null;
  /** What the first save creates: a post, a page or a practice area. */
  kind?: PostKind;
  initialFields: PostFieldsInput;
  initialCoverUrl: string | null;
  /** The stored post as the editor opened it; null for a new one. */
  initialState: EditorPostState | null;
  /** Whether the slug is still the title's (the writer never typed one): a taken one then becomes slug-2. */
  isAutoSlug?: () => boolean;
};

export function useAutosave({ postId: initialPostId, kind = "post", initialFields, initialCoverUrl, initialState, isAutoSlug }: AutosaveOptions) {
  const [fields, setFields] = useState<PostFieldsInput>(initialFields);
  const [coverUrl, setCoverUrl] = useState<string | null>(initialCoverUrl);
  const [postState, setPostState] = useState<EditorPostState | null>(initialState);
  const [postId, setPostId] = useState<number | null>(initialPostId);
  const [save, setSave] = useState<SaveState>({ kind: "saved" });
  const [errors, setErrors] = useState<FieldErrors>({});
  // Why a publish, schedule, update or approval request was refused (the save itself stands).
  const [actionProblem, setActionProblem] = useState<string | null>(null);
  // Said when the server gave a new post a free address because its title's was taken.
  const [slugNotice, setSlugNotice] = useState<string | null>(null);

  // The latest values for the save queue, which runs outside React's render.
  const fieldsRef = useRef(fields);
  const coverUrlRef = useRef(coverUrl);
  const postIdRef = useRef(postId);
  const revisionRef = useRef(initialState?.revision ?? 0);
  const changes = useRef(0);
  // The change count the server last confirmed: anything above it is only in this browser.
  const savedChanges = useRef(0);
  const autoSlugRef = useRef(isAutoSlug);
  useEffect(() => {
    autoSlugRef.current = isAutoSlug;
  }, [isAutoSlug]);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const stopped = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const runSave = useCallback(async (intent: SendIntent, publishAt?: string): Promise<boolean> => {
    if (stopped.current) return false;
    const sent = changes.current;
    const current = fieldsRef.current;
    if (current.title.trim() === "") {
      setSave({ kind: "failed", message: "Not saved: give the post a title first." });
      setErrors({ title: "Enter a title." });
      return false;
    }
    const id = postIdRef.current;
    const action = intent !== "save";
    if (!action) setSave({ kind: "saving" });
    const autoSlug = autoSlugRef.current?.() ?? false;
    const answer = await sendSaveRequest(id, { revision: revisionRef.current, intent, publishAt, autoSlug, fields: current, ...(id === null ? { kind } : {}) });
    switch (answer.kind) {
      case "unreachable":
        setSave({ kind: "failed", message: "Not saved: the connection failed. Your text is kept in this browser; it will be saved with your next change." });
        return false;
      case "expired":
        setSave({ kind: "expired" });
        return false;
      case "conflict":
        stopped.current = true;
        setSave({ kind: "conflict", message: answer.message });
        return false;
      case "refused":
        setErrors(answer.fieldErrors);
        // A refused publish or schedule changes nothing: what was saved stays saved (the
        // changes were sent first, see saveNow), and the message goes next to the field.
        if (action) setActionProblem(answer.message);
        else setSave({ kind: "failed", message: `Not saved: ${answer.message}` });
        return false;
    }
    const saved = answer.post;
    revisionRef.current = saved.revision;
    setPostState(saved);
    setErrors({});
    setActionProblem(null);
    if (id === null) {
      postIdRef.current = saved.id;
      setPostId(saved.id);
      clearLocalCopy(null);
      window.history.replaceState(null, "", `/admin/posts/${saved.id}`);
    }
    if (saved.slug !== current.slug && fieldsRef.current.slug === current.slug && (current.slug === "" || autoSlug)) {
      // The server chose the address: an empty slug filled from the title, or a taken one made free (-2).
      fieldsRef.current = { ...fieldsRef.current, slug: saved.slug };
      setFields(fieldsRef.current);
      setSlugNotice(current.slug === "" ? null : `Another post already uses “${current.slug}”, so this one’s address is “${saved.slug}”. Change the slug if you prefer another.`);
    } else if (saved.slug === current.slug && !autoSlug) {
      setSlugNotice(null);
    }
    savedChanges.current = Math.max(savedChanges.current, sent);
    // Changes typed while this save was on its way are still only in this browser.
    if (changes.current === sent) {
      clearLocalCopy(saved.id);
      setSave({ kind: "saved" });
    }
    return true;
  }, [kind]);

  const enqueue = useCallback(
    (intent: SendIntent, publishAt?: string) => {
      const next = queue.current.then(() => runSave(intent, publishAt));
      queue.current = next.catch(() => false);
      return next;
    },
    [runSave],
  );

  /** Applies a change (and a new cover image's address), keeps a copy here, and schedules a save. */
  const change = useCallback(
    (patch: Partial<PostFieldsInput>, nextCoverUrl?: string | null) => {
      if (nextCoverUrl !== undefined) {
        coverUrlRef.current = nextCoverUrl;
        setCoverUrl(nextCoverUrl);
      }
      fieldsRef.current = { ...fieldsRef.current, ...patch };
      setFields(fieldsRef.current);
      changes.current += 1;
      writeLocalCopy(postIdRef.current, { fields: fieldsRef.current, coverUrl: coverUrlRef.current, revision: revisionRef.current, at: new Date().toISOString() });
      if (stopped.current) return;
      setSave((s) => (s.kind === "expired" ? s : { kind: "saving" }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void enqueue("save"), AUTOSAVE_MS);
    },
    [enqueue],
  );

  /**
   * Sends now, after any save on its way: publish, schedule, update, unpublish, submit. Changes
   * not saved yet are saved first, on their own, so a refused publish leaves them saved and
   * the editor saying so. True when it worked.
   */
  const saveNow = useCallback(
    async (intent: SendIntent, publishAt?: string) => {
      clearTimeout(timer.current);
      setActionProblem(null);
      if (intent !== "save" && (changes.current > savedChanges.current || postIdRef.current === null)) {
        if (!(await enqueue("save"))) return false;
      }
      return enqueue(intent, publishAt);
    },
    [enqueue],
  );

  /** Drops a published post's pending changes on the server. True when they are gone. */
  const discard = useCallback(async (): Promise<boolean> => {
    const id = postIdRef.current;
    if (id === null) return false;
    clearTimeout(timer.current);
    // No autosave may bring the changes back once they are discarded.
    stopped.current = true;
    await queue.current;
    setSave({ kind: "saving" });
    const answer = await sendSaveRequest(id, { revision: revisionRef.current, intent: "discard", fields: null });
    switch (answer.kind) {
      case "saved":
        clearLocalCopy(id);
        setSave({ kind: "saved" });
        return true;
      case "conflict":
        setSave({ kind: "conflict", message: answer.message });
        return false;
      case "expired":
        stopped.current = false;
        setSave({ kind: "expired" });
        return false;
      case "unreachable":
        stopped.current = false;
        setSave({ kind: "failed", message: "Not discarded: the connection failed. Try again." });
        return false;
      case "refused":
        stopped.current = false;
        setSave({ kind: "failed", message: `Not discarded: ${answer.message}` });
        return false;
    }
  }, []);

  /** Another request (an upload) found the session ended. */
  const markExpired = useCallback(() => setSave({ kind: "expired" }), []);

  useLeaveWarning(save.kind !== "saved");

  useEffect(() => () => clearTimeout(timer.current), []);

  // Back from signing in again in another tab (or from a dropped connection): try again.
  useEffect(() => {
    if (save.kind !== "expired" && save.kind !== "failed") return;
    const retry = () => void enqueue("save");
    window.addEventListener("focus", retry);
    window.addEventListener("online", retry);
    return () => {
      window.removeEventListener("focus", retry);
      window.removeEventListener("online", retry);
    };
  }, [save.kind, enqueue]);

  return { fields, coverUrl, postId, postState, save, errors, setErrors, change, saveNow, discard, markExpired, actionProblem, slugNotice };
}
