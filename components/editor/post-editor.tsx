"use client";

/* eslint-disable @next/next/no-img-element -- a just-uploaded cover, served as a checked file */
import { EditorContent, useEditor } from "@tiptap/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { FieldErrors } from "@/lib/form-state";
import type { PostFieldsInput } from "@/lib/post-input";
import { POST_LIMITS } from "@/lib/post-input";
import type { EditorPostState, SaveResponse } from "@/lib/post-save";
import { slugify } from "@/lib/slug";
import { postEditorExtensions, postEditorProps } from "./extensions";
import { clearLocalCopy, readLocalCopy, writeLocalCopy, type LocalCopy } from "./local-copy";
import { Toolbar } from "./toolbar";

type Intent = "save" | "update" | "publish" | "schedule" | "unpublish";
type SaveState =
  | { kind: "saved" }
  | { kind: "saving" }
  | { kind: "failed"; message: string }
  | { kind: "expired" }
  | { kind: "conflict"; message: string };

const AUTOSAVE_MS = 2000;

export type PostEditorProps = {
  postId: number | null;
  initial: PostFieldsInput;
  initialCoverUrl: string | null;
  state: EditorPostState | null;
  defaultDisclaimer: string;
  timeZone: string;
  notice?: string;
  /** The server action that moves a post to the trash (field "postId"). */
  trashAction: (form: FormData) => Promise<void>;
};

const inputClass = "mt-1 w-full rounded-md border border-slate-400 px-3 py-2 aria-[invalid=true]:border-red-700";

function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function PostEditor({ postId: initialPostId, initial, initialCoverUrl, state: initialState, defaultDisclaimer, timeZone, notice, trashAction }: PostEditorProps) {
  const router = useRouter();
  const [fields, setFields] = useState<PostFieldsInput>(initial);
  const [coverUrl, setCoverUrl] = useState<string | null>(initialCoverUrl);
  const [postState, setPostState] = useState<EditorPostState | null>(initialState);
  const [postId, setPostId] = useState<number | null>(initialPostId);
  const [save, setSave] = useState<SaveState>({ kind: "saved" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState(notice ?? "");
  const [offered, setOffered] = useState<LocalCopy | null>(null);
  const [publishAt, setPublishAt] = useState(initialState?.status === "scheduled" ? (initialState.publishedAtLocal ?? "") : "");
  const [uploading, setUploading] = useState(false);
  const [slugTouched, setSlugTouched] = useState(() => initialState !== null && (initialState.status !== "draft" || initial.slug !== slugify(initial.title)));

  // The latest values for the save queue, which runs outside React's render.
  const fieldsRef = useRef(fields);
  const coverUrlRef = useRef(coverUrl);
  const postIdRef = useRef(postId);
  const revisionRef = useRef(initialState?.revision ?? 0);
  const changes = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const stopped = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const runSave = useCallback(async (intent: Intent, at?: string): Promise<boolean> => {
    if (stopped.current) return false;
    const sent = changes.current;
    const current = fieldsRef.current;
    if (current.title.trim() === "") {
      setSave({ kind: "failed", message: "Not saved: give the post a title first." });
      setErrors({ title: "Enter a title." });
      return false;
    }
    const id = postIdRef.current;
    setSave({ kind: "saving" });
    let response: Response;
    try {
      response = await fetch(id === null ? "/admin/api/posts" : `/admin/api/posts/${id}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ revision: revisionRef.current, intent, publishAt: at, fields: current }),
      });
    } catch {
      setSave({ kind: "failed", message: "Not saved: the connection failed. Your text is kept in this browser; it will be saved with your next change." });
      return false;
    }
    if (response.status === 401) {
      setSave({ kind: "expired" });
      return false;
    }
    const data = (await response.json().catch(() => null)) as SaveResponse | null;
    if (!data || !data.ok) {
      if (data?.conflict) {
        stopped.current = true;
        setSave({ kind: "conflict", message: data.error });
      } else {
        setSave({ kind: "failed", message: `Not saved: ${data?.error ?? (response.status === 403 ? "you may not change this post." : "something went wrong.")}` });
        setErrors(data?.fieldErrors ?? {});
      }
      return false;
    }
    const saved = data.post;
    revisionRef.current = saved.revision;
    setPostState(saved);
    setErrors({});
    if (id === null) {
      postIdRef.current = saved.id;
      setPostId(saved.id);
      clearLocalCopy(null);
      window.history.replaceState(null, "", `/admin/posts/${saved.id}`);
    }
    if (current.slug === "" && fieldsRef.current.slug === "") {
      fieldsRef.current = { ...fieldsRef.current, slug: saved.slug };
      setFields(fieldsRef.current);
    }
    if (changes.current === sent) {
      clearLocalCopy(saved.id);
      setSave({ kind: "saved" });
    }
    return true;
  }, []);

  const enqueue = useCallback(
    (intent: Intent, at?: string) => {
      const next = queue.current.then(() => runSave(intent, at));
      queue.current = next.catch(() => false);
      return next;
    },
    [runSave],
  );

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

  const editor = useEditor({
    extensions: postEditorExtensions,
    content: initial.bodyHtml,
    immediatelyRender: false,
    editorProps: {
      ...postEditorProps,
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": "body-label",
        "aria-describedby": "body-hint",
        class: "prose prose-slate max-w-none min-h-80 px-4 py-3 focus:outline-none prose-headings:text-brand-900 prose-a:text-brand-700",
      },
    },
    onUpdate: ({ editor: e }) => change({ bodyHtml: e.getHTML() }),
    onCreate: () => {
      // A copy left in this browser by a save that never happened: offer it back.
      const copy = readLocalCopy(initialPostId);
      if (copy && (copy.fields.bodyHtml !== initial.bodyHtml || copy.fields.title !== initial.title)) setOffered(copy);
    },
  });

  useEffect(() => {
    if (save.kind === "saved") return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    // Links inside the app navigate without unloading the page: ask before those too.
    const guardLinks = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!link || link.getAttribute("target") === "_blank" || event.defaultPrevented) return;
      if (!window.confirm("Your latest changes are not saved yet. Leave this page anyway?")) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("click", guardLinks, true);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("click", guardLinks, true);
    };
  }, [save.kind]);

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

  async function changeStatus(intent: Exclude<Intent, "save">) {
    clearTimeout(timer.current);
    setMessage("");
    const ok = await enqueue(intent, intent === "schedule" ? publishAt : undefined);
    if (ok) {
      setMessage(
        intent === "publish"
          ? "Published. It is on the site now."
          : intent === "schedule"
            ? "Scheduled."
            : intent === "update"
              ? status === "scheduled"
                ? "Updated. The changes will be public at the scheduled time."
                : "Updated. The public site shows the changes now."
              : "Unpublished. It is a draft again and off the site.",
      );
    }
  }

  /** Drops the pending changes on the server; the page then loads the public content. */
  async function discardChanges() {
    if (postId === null || !window.confirm("Discard the unpublished changes? The editor goes back to the post as the public sees it.")) return;
    clearTimeout(timer.current);
    setMessage("");
    // No autosave may bring the changes back once they are discarded.
    stopped.current = true;
    await queue.current;
    setSave({ kind: "saving" });
    let response: Response;
    try {
      response = await fetch(`/admin/api/posts/${postId}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ revision: revisionRef.current, intent: "discard", fields: null }),
      });
    } catch {
      stopped.current = false;
      setSave({ kind: "failed", message: "Not discarded: the connection failed. Try again." });
      return;
    }
    const data = (await response.json().catch(() => null)) as SaveResponse | null;
    if (response.status === 401) {
      stopped.current = false;
      setSave({ kind: "expired" });
    } else if (data?.ok) {
      clearLocalCopy(postId);
      setSave({ kind: "saved" });
      // A new revision: the page mounts a fresh editor on the public content.
      if (window.location.search === "?discarded=1") router.refresh();
      else router.replace(`/admin/posts/${postId}?discarded=1`);
    } else if (data?.conflict) {
      setSave({ kind: "conflict", message: data.error });
    } else {
      stopped.current = false;
      setSave({ kind: "failed", message: `Not discarded: ${data?.error ?? "something went wrong."}` });
    }
  }

  function restoreOffered() {
    if (!offered) return;
    editor?.commands.setContent(offered.fields.bodyHtml, { emitUpdate: false });
    change(offered.fields, offered.coverUrl);
    setOffered(null);
  }

  async function upload(file: File) {
    setUploading(true);
    setErrors((e) => ({ ...e, cover: "" }));
    const body = new FormData();
    body.append("file", file);
    try {
      const response = await fetch("/admin/api/media", { method: "POST", body });
      if (response.status === 401) {
        setSave({ kind: "expired" });
        return;
      }
      const data = (await response.json().catch(() => null)) as { ok: boolean; error?: string; media?: { id: number; url: string } } | null;
      if (!data?.ok || !data.media) {
        setErrors((e) => ({ ...e, cover: data?.error ?? "The upload failed." }));
        return;
      }
      change({ coverMediaId: data.media.id }, data.media.url);
    } catch {
      setErrors((e) => ({ ...e, cover: "The upload failed: the connection dropped." }));
    } finally {
      setUploading(false);
    }
  }

  const status = postState?.status ?? "draft";
  // A published or scheduled post whose saved (or about to be saved) changes are not public yet.
  const unpublishedChanges = status !== "draft" && (postState?.pendingChanges === true || save.kind !== "saved");
  const described = (id: string, hint = false) =>
    [hint ? `${id}-hint` : "", errors[id] ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const saveLabel = save.kind === "saved" ? "Saved" : save.kind === "saving" ? "Saving…" : "Not saved";
  const here = postId === null ? "/admin/posts/new" : `/admin/posts/${postId}`;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">{postId === null ? "New post" : "Edit post"}</h1>
        <p role="status" aria-live="polite" className={`rounded px-3 py-1 text-sm font-semibold ${save.kind === "saved" ? "bg-green-100 text-green-900" : save.kind === "saving" ? "bg-slate-100 text-slate-800" : "bg-red-100 text-red-900"}`}>
          {saveLabel}
        </p>
      </div>

      <div aria-live="assertive" className="space-y-2">
        {save.kind === "failed" && <p className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">{save.message}</p>}
        {save.kind === "expired" && (
          <p className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
            Not saved: your session has ended. Your text is kept in this browser.{" "}
            <a href={`/admin/login?next=${encodeURIComponent(here)}`} target="_blank" rel="noopener" className="font-semibold underline">
              Sign in again
            </a>{" "}
            (opens a new tab), then come back to this tab: your text is saved as soon as you return.
          </p>
        )}
        {save.kind === "conflict" && (
          <p className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
            {save.message} Your own text is kept in this browser.{" "}
            <a href={here} className="font-semibold underline">
              Reload the latest version
            </a>
          </p>
        )}
      </div>
      {message && <p className="rounded-md bg-brand-50 p-3 text-brand-900">{message}</p>}
      {offered && (
        <div className="rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950">
          <p>
            This browser kept changes that were not saved (from {new Date(offered.at).toLocaleString("en-US", { timeZone })}).
          </p>
          <div className="mt-2 flex gap-2">
            <button type="button" onClick={restoreOffered} className="rounded-md bg-brand-800 px-3 py-1.5 text-sm font-semibold text-white">
              Restore unsaved changes
            </button>
            <button
              type="button"
              onClick={() => {
                clearLocalCopy(postId);
                setOffered(null);
              }}
              className="rounded-md border border-slate-400 px-3 py-1.5 text-sm"
            >
              Discard them
            </button>
          </div>
        </div>
      )}

      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-4">
          <Field id="title" label="Title" error={errors.title}>
            <input
              id="title"
              value={fields.title}
              maxLength={POST_LIMITS.title}
              onChange={(e) => {
                const title = e.target.value;
                change(slugTouched ? { title } : { title, slug: slugify(title) });
              }}
              aria-invalid={errors.title ? true : undefined}
              aria-describedby={described("title")}
              className={`${inputClass} text-xl font-semibold`}
            />
          </Field>

          <div>
            <p id="body-label" className="block text-sm font-medium text-slate-800">
              Body
            </p>
            <p id="body-hint" className="sr-only">
              Use the formatting toolbar above the text for headings, bold, italic, lists, quotes and links.
            </p>
            <div className="mt-1 rounded-md border border-slate-400 focus-within:outline-2 focus-within:outline-brand-700">
              {editor && <Toolbar editor={editor} />}
              <EditorContent editor={editor} />
            </div>
            {errors.bodyHtml && <p className="mt-1 text-sm font-medium text-red-700">{errors.bodyHtml}</p>}
          </div>

          <Field id="excerpt" label="Excerpt" error={errors.excerpt} hint="Shown in lists of posts. One or two sentences.">
            <textarea
              id="excerpt"
              rows={3}
              value={fields.excerpt}
              maxLength={POST_LIMITS.excerpt}
              onChange={(e) => change({ excerpt: e.target.value })}
              aria-invalid={errors.excerpt ? true : undefined}
              aria-describedby={described("excerpt", true)}
              className={inputClass}
            />
          </Field>
        </div>

        <div className="space-y-6">
          <section aria-labelledby="publishing-heading" className="space-y-3 rounded-md border border-slate-300 p-4">
            <h2 id="publishing-heading" className="font-semibold text-brand-900">
              Publishing
            </h2>
            <p className="text-sm text-slate-800">
              Status:{" "}
              <strong>
                {status === "draft" ? "Draft" : status === "scheduled" ? `Scheduled for ${postState?.publishedAtLocal?.replace("T", " ")}` : "Published"}
              </strong>
            </p>
            {postId !== null && (
              <p className="flex flex-wrap gap-3 text-sm">
                <Link href={`/admin/posts/${postId}/preview`} className="text-brand-800 underline">
                  Preview
                </Link>
                {status === "published" && postState && (
                  <a href={`/blog/${postState.publicSlug}`} className="text-brand-800 underline">
                    View on the site
                  </a>
                )}
                <Link href={`/admin/posts/${postId}/versions`} className="text-brand-800 underline">
                  Versions
                </Link>
              </p>
            )}
            {status !== "draft" && (
              <div className={`space-y-2 rounded-md border p-3 text-sm ${unpublishedChanges ? "border-amber-400 bg-amber-50 text-amber-950" : "border-slate-200 text-slate-700"}`}>
                {unpublishedChanges ? (
                  <p>
                    <strong>Unpublished changes</strong> —{" "}
                    {save.kind === "saved"
                      ? status === "scheduled"
                        ? "saved, not yet in the scheduled post."
                        : "saved, not yet on the public site."
                      : status === "scheduled"
                        ? "not in the scheduled post yet."
                        : "not on the public site yet."}
                  </p>
                ) : (
                  <p>
                    {status === "scheduled" ? "The scheduled post matches what you see here." : "The public site shows what you see here."} Changes you make are
                    saved as you type but stay off the site until you update the post.
                  </p>
                )}
                {unpublishedChanges && (
                  <>
                    <button type="button" onClick={() => changeStatus("update")} className="w-full rounded-md bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
                      {status === "scheduled" ? "Update the scheduled post" : "Update the published post"}
                    </button>
                    <button type="button" onClick={() => void discardChanges()} className="w-full rounded-md border border-slate-400 bg-white px-4 py-2 font-medium text-slate-800 hover:border-brand-700">
                      Discard changes
                    </button>
                  </>
                )}
              </div>
            )}
            {status !== "published" && (
              <button type="button" onClick={() => changeStatus("publish")} disabled={postId === null} className="w-full rounded-md bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
                Publish now
              </button>
            )}
            {status !== "published" && (
              <div className="space-y-2">
                <Field id="publishAt" label={`Publish at (${timeZone.replace("_", " ")} time)`} error={errors.publishAt}>
                  <input
                    id="publishAt"
                    type="datetime-local"
                    step={1}
                    value={publishAt}
                    onChange={(e) => setPublishAt(e.target.value)}
                    aria-invalid={errors.publishAt ? true : undefined}
                    aria-describedby={described("publishAt")}
                    className={inputClass}
                  />
                </Field>
                <button type="button" onClick={() => changeStatus("schedule")} disabled={postId === null || !publishAt} className="w-full rounded-md border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-60">
                  Schedule
                </button>
              </div>
            )}
            {status !== "draft" && (
              <button type="button" onClick={() => changeStatus("unpublish")} className="w-full rounded-md border border-slate-400 px-4 py-2 font-medium text-slate-800 hover:border-brand-700">
                Unpublish
              </button>
            )}
            {status !== "draft" && (
              <p className="text-xs text-slate-600">
                Each update{status === "published" ? "" : ", and the publish itself,"} is kept as a version. Publish, schedule and unpublish also apply the
                changes you see here.
              </p>
            )}
            {postId === null && <p className="text-xs text-slate-600">Give the post a title: it is saved as a draft as you write.</p>}
          </section>

          <Field
            id="slug"
            label="Slug (the post's address)"
            error={errors.slug}
            hint={
              <>
                /blog/{fields.slug || "…"}
                {status === "published" && " — changing it leaves a redirect from the old address."}
              </>
            }
          >
            <input
              id="slug"
              value={fields.slug}
              maxLength={POST_LIMITS.slug}
              onChange={(e) => {
                setSlugTouched(true);
                change({ slug: e.target.value.toLowerCase() });
              }}
              aria-invalid={errors.slug ? true : undefined}
              aria-describedby={described("slug", true)}
              className={inputClass}
            />
          </Field>

          <Field id="tags" label="Tags" error={errors.tags} hint="Separated by commas, up to 10.">
            <input
              id="tags"
              value={fields.tags}
              maxLength={POST_LIMITS.tags * (POST_LIMITS.tag + 2)}
              onChange={(e) => change({ tags: e.target.value })}
              aria-invalid={errors.tags ? true : undefined}
              aria-describedby={described("tags", true)}
              className={inputClass}
            />
          </Field>

          <fieldset className="space-y-3 rounded-md border border-slate-300 p-4">
            <legend className="px-1 font-semibold text-brand-900">Cover image</legend>
            {coverUrl && fields.coverMediaId !== null && <img src={coverUrl} alt="" className="max-h-48 w-full rounded object-contain" />}
            <Field id="cover" label={coverUrl ? "Replace the image" : "Upload an image"} error={errors.cover} hint="JPEG, PNG or WebP, up to 5 MB.">
              <input
                id="cover"
                type="file"
                accept="image/jpeg,image/png,image/webp"
                disabled={uploading}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) void upload(file);
                  e.target.value = "";
                }}
                aria-describedby={described("cover", true)}
                className="mt-1 block w-full text-sm"
              />
            </Field>
            {uploading && <p className="text-sm text-slate-700">Uploading…</p>}
            {fields.coverMediaId !== null && (
              <>
                <Field id="coverAlt" label="Image description (alt text)" error={errors.coverAlt} hint="What the image shows, for people who cannot see it. Required.">
                  <input
                    id="coverAlt"
                    value={fields.coverAlt}
                    required
                    maxLength={POST_LIMITS.coverAlt}
                    onChange={(e) => change({ coverAlt: e.target.value })}
                    aria-invalid={errors.coverAlt ? true : undefined}
                    aria-describedby={described("coverAlt", true)}
                    className={inputClass}
                  />
                </Field>
                <button type="button" onClick={() => change({ coverMediaId: null, coverAlt: "" }, null)} className="text-sm text-red-800 underline">
                  Remove the image
                </button>
              </>
            )}
          </fieldset>

          <fieldset className="space-y-3 rounded-md border border-slate-300 p-4">
            <legend className="px-1 font-semibold text-brand-900">Search engines</legend>
            <Field id="seoTitle" label="Search title" error={errors.seoTitle} hint="Leave empty to use the post title.">
              <input
                id="seoTitle"
                value={fields.seoTitle}
                maxLength={POST_LIMITS.seoTitle}
                onChange={(e) => change({ seoTitle: e.target.value })}
                aria-invalid={errors.seoTitle ? true : undefined}
                aria-describedby={described("seoTitle", true)}
                className={inputClass}
              />
            </Field>
            <Field id="seoDescription" label="Search description" error={errors.seoDescription} hint="Leave empty to use the excerpt.">
              <textarea
                id="seoDescription"
                rows={3}
                value={fields.seoDescription}
                maxLength={POST_LIMITS.seoDescription}
                onChange={(e) => change({ seoDescription: e.target.value })}
                aria-invalid={errors.seoDescription ? true : undefined}
                aria-describedby={described("seoDescription", true)}
                className={inputClass}
              />
            </Field>
          </fieldset>

          <fieldset className="space-y-3 rounded-md border border-slate-300 p-4">
            <legend className="px-1 font-semibold text-brand-900">Disclaimer</legend>
            <label className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                checked={fields.useDefaultDisclaimer}
                onChange={(e) => change(e.target.checked ? { useDefaultDisclaimer: true } : { useDefaultDisclaimer: false, disclaimer: fields.disclaimer || defaultDisclaimer })}
                className="mt-0.5 h-4 w-4"
              />
              <span>Use the firm&apos;s default disclaimer</span>
            </label>
            {fields.useDefaultDisclaimer ? (
              <p className="text-sm text-slate-700">{defaultDisclaimer}</p>
            ) : (
              <Field id="disclaimer" label="This post's disclaimer" error={errors.disclaimer}>
                <textarea
                  id="disclaimer"
                  rows={4}
                  value={fields.disclaimer}
                  maxLength={POST_LIMITS.disclaimer}
                  onChange={(e) => change({ disclaimer: e.target.value })}
                  aria-invalid={errors.disclaimer ? true : undefined}
                  aria-describedby={described("disclaimer")}
                  className={inputClass}
                />
              </Field>
            )}
          </fieldset>

          {postId !== null && (
            <details className="rounded-md border border-red-300 p-4">
              <summary className="cursor-pointer font-medium text-red-800">Move to trash…</summary>
              <form action={trashAction} className="mt-3 space-y-2">
                <input type="hidden" name="postId" value={postId} />
                <p className="text-sm text-slate-800">The post leaves the site at once. You can restore it from the trash.</p>
                <button type="submit" className="rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800">
                  Yes, move to trash
                </button>
              </form>
            </details>
          )}
        </div>
      </div>
    </div>
  );
}
