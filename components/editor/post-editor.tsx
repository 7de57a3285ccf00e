"use client";

import { shortTitle } from "@/lib/site/short-title";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { Field, FieldError } from "@/components/ui/field";
import { labelClass } from "@/components/ui/field-styles";
import { Textarea } from "@/components/ui/textarea";
import { TextInput } from "@/components/ui/text-input";
import { formatDateTime } from "@/lib/dates/format";
import { KIND_NAMES, publicPath } from "@/lib/posts/post-paths";
import { POST_LIMITS, type PostFieldsInput } from "@/lib/posts/post-input";
import type { EditorPostState } from "@/lib/posts/post-save";
import { countWords } from "@/lib/posts/reading-time";
import { findRestricted, rulePatterns, type RestrictedRules } from "@/lib/publishing/restricted-words";
import type { PostKind } from "@/db/schema";
import { AuthorFieldset, type AuthorChoice } from "./author-fieldset";
import { isBackDated } from "./back-date-note";
import { RestrictedHighlight, restrictedHighlightKey } from "./restricted-highlight";
import { RestrictedWordsPanel } from "./restricted-words-panel";
import { ReviewFieldset } from "./review-fieldset";
import { slugify } from "@/lib/posts/slug";
import { CoverFieldset } from "./cover-fieldset";
import { IMAGE_FILES_EVENT, useBodyImages, type ImageFilesDetail } from "./body-images";
import { bodyHtmlOf, changedBodyHtml } from "./body-html";
import { DisclaimerFieldset } from "./disclaimer-fieldset";
import { EditorBar } from "./editor-bar";
import { postEditorExtensions, postEditorProps } from "./extensions";
import { clearLocalCopy, readLocalCopy, type LocalCopy } from "./local-copy";
import { PublishingPanel } from "./publishing-panel";
import { SeoFieldset } from "./seo-fieldset";
import { TagField } from "./tag-field";
import { LINK_SHORTCUT_EVENT, Toolbar } from "./toolbar";
import { imageFiles } from "./upload-image";
import { useAutosave, type SendIntent } from "./use-autosave";
import { mayTrash } from "@/lib/publishing/publishing-rights";
import { Button } from "@/components/ui/button";

// The plain-language panel's word lists and formulas load after the editor, in a chunk of their own.
const WritingPanel = dynamic(() => import("./writing/writing-panel"), {
  ssr: false,
  loading: () => <p className="rounded-md border border-slate-300 p-4 text-sm text-slate-700">Loading the plain-language checks…</p>,
});

export type PostEditorProps = {
  postId: number | null;
  /** A blog post, a page or a practice area: the same editor, addressed differently. */
  kind: PostKind;
  /** The profiles a byline can name. */
  authors: AuthorChoice[];
  /** The words the check before publishing flags (settings). */
  advertisingRules: Omit<RestrictedRules, "authorCertified">;
  /** The plain-language panel's legal words, "phrase = plain words" a line (settings). */
  legalese: readonly string[];
  initial: PostFieldsInput;
  initialCoverUrl: string | null;
  state: EditorPostState | null;
  defaultDisclaimer: string;
  timeZone: string;
  /** Every tag's name, offered while assigning tags. */
  tagSuggestions: string[];
  notice?: string;
  /** The owner, or an editor trusted to publish without review (lib/publishing/publishing-rights.ts). */
  mayPublish: boolean;
  /** The server action that moves a post to the trash (field "postId"). */
  trashAction: (form: FormData) => Promise<void>;
};

const DONE: Record<Exclude<SendIntent, "save">, (status: EditorPostState["status"]) => string> = {
  publish: () => "Published. It is on the site now.",
  schedule: () => "Scheduled.",
  update: (status) => (status === "scheduled" ? "Updated. The changes will be public at the scheduled time." : "Updated. The public site shows the changes now."),
  unpublish: () => "Unpublished. It is a draft again and off the site.",
  submit: () => "Sent for review. The owner publishes it, or sends it back with a note.",
};

export function PostEditor({
  postId: initialPostId,
  kind,
  authors,
  advertisingRules,
  legalese,
  initial,
  initialCoverUrl,
  state: initialState,
  defaultDisclaimer,
  timeZone,
  tagSuggestions,
  notice,
  mayPublish,
  trashAction,
}: PostEditorProps) {
  const router = useRouter();
  const [slugTouched, setSlugTouched] = useState(() => initialState !== null && (initialState.status !== "draft" || initial.slug !== slugify(initial.title)));
  const slugTouchedRef = useRef(slugTouched);
  useEffect(() => {
    slugTouchedRef.current = slugTouched;
  }, [slugTouched]);
  const { fields, coverUrl, postId, postState, save, errors, setErrors, change, saveNow, discard, markExpired, actionProblem, slugNotice } = useAutosave({
    postId: initialPostId,
    kind,
    initialFields: initial,
    initialCoverUrl,
    initialState,
    isAutoSlug: () => !slugTouchedRef.current,
  });

  // The patterns the body's highlights use: read by the editor's plugin on every change.
  const [bodyText, setBodyText] = useState("");
  const [message, setMessage] = useState(notice ?? "");
  const [offered, setOffered] = useState<LocalCopy | null>(null);
  const [publishAt, setPublishAt] = useState(initialState?.status === "scheduled" ? (initialState.publishedAtLocal ?? "") : "");

  const editor = useEditor({
    extensions: [...postEditorExtensions, RestrictedHighlight],
    content: initial.bodyHtml,
    immediatelyRender: false,
    editorProps: {
      ...postEditorProps,
      handleKeyDown: (view, event) => {
        if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "k") {
          // The toolbar opens its link field (see LINK_SHORTCUT_EVENT).
          view.dom.dispatchEvent(new CustomEvent(LINK_SHORTCUT_EVENT));
          return true;
        }
        return false;
      },
      // Image files pasted or dropped into the text go through the image dialog (BodyImages).
      handlePaste: (view, event) => {
        const files = imageFiles(event.clipboardData);
        if (files.length === 0) return false;
        view.dom.dispatchEvent(new CustomEvent<ImageFilesDetail>(IMAGE_FILES_EVENT, { detail: { files, pos: view.state.selection.from } }));
        return true;
      },
      handleDrop: (view, event, _slice, moved) => {
        const files = moved ? [] : imageFiles(event.dataTransfer);
        if (files.length === 0) return false;
        const pos = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? view.state.selection.from;
        view.dom.dispatchEvent(new CustomEvent<ImageFilesDetail>(IMAGE_FILES_EVENT, { detail: { files, pos } }));
        return true;
      },
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": "body-label",
        "aria-describedby": "body-hint",
        class: "prose prose-slate max-w-none min-h-80 px-4 py-3 focus:outline-none prose-headings:text-brand-900 prose-a:text-brand-700",
      },
    },
    onUpdate: ({ editor: e, transaction }) => {
      setBodyText(e.getText());
      // Only a change of what the server keeps is a change: the empty paragraph the editor
      // adds after a closing image (on the first transaction, even one that only moves the
      // cursor) is not (components/editor/body-html.ts).
      const bodyHtml = changedBodyHtml(e, transaction);
      if (bodyHtml !== null) change({ bodyHtml });
    },
    onCreate: ({ editor: e }) => {
      setBodyText(e.getText());
      // A copy left in this browser by a save that never happened: offer it back. Compared
      // as this editor writes the stored body (its own spelling of the same HTML).
      const copy = readLocalCopy(initialPostId);
      if (copy && (bodyHtmlOf(copy.fields.bodyHtml) !== bodyHtmlOf(e.getHTML()) || copy.fields.title !== initial.title)) setOffered(copy);
    },
  });

  const status = postState?.status ?? "draft";
  const noun = KIND_NAMES[kind];

  // The check before publishing, on what the editor shows now.
  const authorCertified = authors.find((a) => a.id === fields.bylineProfileId)?.certified ?? false;
  const texts = useMemo(
    () => [
      { field: "title", text: fields.title },
      { field: "excerpt", text: fields.excerpt },
      { field: "body", text: bodyText },
    ],
    [fields.title, fields.excerpt, bodyText],
  );
  const rules = useMemo(() => ({ ...advertisingRules, authorCertified }), [advertisingRules, authorCertified]);
  const findings = useMemo(() => findRestricted(texts, rules), [texts, rules]);
  const patterns = useMemo(() => rulePatterns(rules, texts.map((t) => t.text).join("\n")).map((p) => p.pattern), [rules, texts]);
  // The body's highlights follow the rules (a new author may be certified, a disclaimer added).
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(restrictedHighlightKey, patterns));
  }, [editor, patterns]);

  async function changeStatus(intent: Exclude<SendIntent, "save">) {
    setMessage("");
    const backDated = intent === "schedule" && isBackDated(publishAt, timeZone);
    const at = intent === "schedule" || (intent === "submit" && status === "draft" && publishAt) ? publishAt : undefined;
    if (await saveNow(intent, at)) {
      setMessage(backDated ? "Published with the date you chose. It is on the site now, among the posts of that day." : DONE[intent](status));
      // The button pressed may be gone now (Publish now, Unpublish): focus goes to what it did.
      focusNotice();
    }
  }

  // Where focus goes when the control that had it goes away (WCAG 2.4.3): the notice saying
  // what happened, after React has drawn it.
  const noticeRef = useRef<HTMLDivElement>(null);
  function focusNotice() {
    requestAnimationFrame(() => noticeRef.current?.focus());
  }
  // A page loaded by an action (discarded, restored) starts on its notice.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  // The tab's title names the post, and follows it once autosave has given a new one an address.
  useEffect(() => {
    const name = fields.title.trim();
    const what = postId === null ? `New ${noun}` : `Edit ${noun}`;
    document.title = `${name ? `${what}: ${shortTitle(name)}` : what} | Admin`;
  }, [fields.title, postId, noun]);

  const words = useMemo(() => countWords(bodyText), [bodyText]);

  /** Drops the pending changes on the server; the page then loads the public content. */
  async function discardChanges() {
    if (postId === null || !window.confirm("Discard the unpublished changes? The editor goes back to the post as the public sees it.")) return;
    setMessage("");
    if (!(await discard())) return;
    // A new revision: the page mounts a fresh editor on the public content.
    if (window.location.search === "?discarded=1") router.refresh();
    else router.replace(`/admin/posts/${postId}?discarded=1`);
  }

  function restoreOffered() {
    if (!offered) return;
    editor?.commands.setContent(offered.fields.bodyHtml, { emitUpdate: false });
    change(offered.fields, offered.coverUrl);
    setOffered(null);
  }

  const here = postId === null ? "/admin/posts/new" : `/admin/posts/${postId}`;

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{postId === null ? `New ${noun}` : `Edit ${noun}`}</h1>

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
      {/* Always present, so what appears in it is announced (WCAG 4.1.3); focused after an action whose button went away. */}
      <div ref={noticeRef} aria-live="polite" tabIndex={-1} data-editor-notice className="space-y-2 focus:outline-none focus-visible:outline-2">
        {/* Green like every other confirmation (components/ui/form-message.tsx). */}
        {message && <p className="rounded-md bg-green-50 p-3 text-green-900">{message}</p>}
        {slugNotice && <p className="rounded-md border border-brand-700 bg-brand-50 p-3 text-brand-900">{slugNotice}</p>}
      </div>
      {offered && (
        <div className="rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950">
          <p>This browser kept changes that were not saved (from {formatDateTime(new Date(offered.at), timeZone)}).</p>
          <div className="mt-2 flex gap-2">
            <Button type="button" onClick={restoreOffered} size="sm">
              Restore unsaved changes
            </Button>
            <button
              type="button"
              onClick={() => {
                clearLocalCopy(postId);
                setOffered(null);
              }}
              className="rounded-md border border-slate-500 px-3 py-1.5 text-sm"
            >
              Discard them
            </button>
          </div>
        </div>
      )}

      <EditorBar save={save} words={words} postId={postId} postState={postState} mayPublish={mayPublish} problem={actionProblem} onAction={(intent) => void changeStatus(intent)}>
        {editor && <ToolbarWithImages editor={editor} onExpired={markExpired} />}
      </EditorBar>

      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-4">
          <Field id="title" label="Title" error={errors.title}>
            {(control) => (
              <TextInput
                {...control}
                value={fields.title}
                maxLength={POST_LIMITS.title}
                onChange={(e) => {
                  const title = e.target.value;
                  change(slugTouched ? { title } : { title, slug: slugify(title) });
                }}
                className="text-xl font-semibold"
              />
            )}
          </Field>

          <div>
            <p id="body-label" className={labelClass}>
              Body
            </p>
            <p id="body-hint" className="sr-only">
              Use the formatting toolbar at the top of the editor for headings, bold, italic, lists, quotes, links and images. Ctrl+K adds a link.
            </p>
            {/* The site's focus ring around the whole text box (the text itself draws none), and a brand border. */}
            <div className="mt-1 rounded-md border border-slate-500 focus-within:border-brand-700 focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-solid focus-within:outline-(--focus-ring)">
              <EditorContent editor={editor} />
            </div>
            <FieldError id="body" error={errors.bodyHtml} />
          </div>

          <Field
            id="excerpt"
            label={kind === "practice_area" ? "Summary" : "Excerpt"}
            hint={kind === "practice_area" ? "Shown under the area's name on the home page. One or two sentences." : "Shown in lists of posts. One or two sentences."}
            error={errors.excerpt}
          >
            {(control) => <Textarea {...control} rows={3} value={fields.excerpt} maxLength={POST_LIMITS.excerpt} onChange={(e) => change({ excerpt: e.target.value })} />}
          </Field>
        </div>

        <div className="min-w-0 space-y-6">
          <RestrictedWordsPanel findings={findings} />

          {editor && (
            <WritingPanel
              editor={editor}
              postId={postId}
              legalese={legalese}
              fields={{ title: fields.title, seoTitle: fields.seoTitle, excerpt: fields.excerpt, seoDescription: fields.seoDescription, slug: fields.slug }}
              onFieldChange={change}
            />
          )}

          <PublishingPanel
            postId={postId}
            postState={postState}
            save={save}
            mayPublish={mayPublish}
            publishAt={publishAt}
            onPublishAtChange={setPublishAt}
            publishAtError={errors.publishAt}
            timeZone={timeZone}
            onChangeStatus={(intent) => void changeStatus(intent)}
            onDiscard={() => void discardChanges()}
          />

          <Field
            id="slug"
            label={`Slug (the ${noun}'s address)`}
            hint={
              <>
                {publicPath(kind, fields.slug || "…")}
                {status === "published" && " — changing it leaves a redirect from the old address."}
                {slugNotice && !slugTouched && " (Another post had the title's address, so a number was added.)"}
              </>
            }
            error={errors.slug}
          >
            {(control) => (
              <TextInput
                {...control}
                value={fields.slug}
                maxLength={POST_LIMITS.slug}
                onChange={(e) => {
                  setSlugTouched(true);
                  change({ slug: e.target.value.toLowerCase() });
                }}
              />
            )}
          </Field>

          {kind === "post" && (
            <AuthorFieldset bylineProfileId={fields.bylineProfileId ?? null} authors={authors} error={errors.bylineProfileId} onChange={(bylineProfileId) => change({ bylineProfileId })} />
          )}

          <ReviewFieldset lastReviewedAt={fields.lastReviewedAt ?? ""} timeZone={timeZone} error={errors.lastReviewedAt} onChange={(lastReviewedAt) => change({ lastReviewedAt })} />

          <TagField
            value={fields.tags}
            suggestions={tagSuggestions}
            hint={kind === "practice_area" ? "Posts with one of these tags link to this practice area." : undefined}
            error={errors.tags}
            onChange={(tags) => change({ tags })}
          />

          <CoverFieldset
            coverMediaId={fields.coverMediaId}
            coverAlt={fields.coverAlt}
            coverUrl={coverUrl}
            error={errors.cover}
            altError={errors.coverAlt}
            onChange={change}
            onError={(cover) => setErrors((e) => ({ ...e, cover }))}
            onExpired={markExpired}
          />

          <SeoFieldset seoTitle={fields.seoTitle} seoDescription={fields.seoDescription} errors={errors} onChange={change} />

          <DisclaimerFieldset
            useDefaultDisclaimer={fields.useDefaultDisclaimer}
            disclaimer={fields.disclaimer}
            defaultDisclaimer={defaultDisclaimer}
            error={errors.disclaimer}
            onChange={change}
          />

          {postId !== null && mayTrash(mayPublish, status) && (
            <details className="rounded-md border border-red-300 p-4">
              <summary className="cursor-pointer font-medium text-red-800">Move to trash…</summary>
              <form action={trashAction} className="mt-3 space-y-2">
                <input type="hidden" name="postId" value={postId} />
                <p className="text-sm text-slate-800">The {noun} leaves the site at once. You can restore it from the trash.</p>
                <Button type="submit" variant="danger">
                  Yes, move to trash
                </Button>
              </form>
            </details>
          )}
        </div>
      </div>
    </div>
  );
}

/** The formatting toolbar with the image button, and the image panels under it. */
function ToolbarWithImages({ editor, onExpired }: { editor: Editor; onExpired: () => void }) {
  const images = useBodyImages(editor, onExpired);
  return (
    <>
      <Toolbar editor={editor} extra={images.button} />
      {images.panels}
    </>
  );
}
