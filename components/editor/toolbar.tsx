"use client";

import { useEditorState, type Editor } from "@tiptap/react";
import { useEffect, useId, useRef, useState } from "react";
import { Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/text-input";
import { Button } from "@/components/ui/button";

/** What the editor's text fires on Ctrl+K (components/editor/post-editor.tsx): the toolbar opens its link field. */
export const LINK_SHORTCUT_EVENT = "editor-link-shortcut";

type Button = { label: string; active: boolean; run: () => void; keys: string };

/**
 * The formatting toolbar: real buttons with names and aria-pressed, one tab stop each, undo
 * and redo, and the link field (Ctrl+K in the text opens it too). `extra` is more buttons at
 * its end (the image button).
 */
export function Toolbar({ editor, extra }: { editor: Editor; extra?: React.ReactNode }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
      quote: e.isActive("blockquote"),
      link: e.isActive("link"),
      href: (e.getAttributes("link").href as string | undefined) ?? "",
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const [linkOpen, setLinkOpen] = useState(false);
  const [href, setHref] = useState("");
  const [linkError, setLinkError] = useState("");
  const linkId = useId();
  const linkButton = useRef<HTMLButtonElement>(null);
  // Where focus goes back to when the link field closes (WCAG 2.4.3): the Link button when
  // it opened the field, else the text, with its selection (ProseMirror keeps it).
  const [returnTo, setReturnTo] = useState<"button" | "text" | null>(null);

  function openLink() {
    setHref(state.href);
    setLinkError("");
    setLinkOpen(true);
  }
  function closeLink(to: "button" | "text") {
    setLinkOpen(false);
    setLinkError("");
    setReturnTo(to);
  }
  // After the field has gone from the page, not before: focusing while it is still there
  // left focus on <body> when React removed it.
  useEffect(() => {
    if (linkOpen || returnTo === null) return;
    if (returnTo === "button") linkButton.current?.focus();
    else editor.chain().focus().run();
    // Focus has been put back once; the next close says where again.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setReturnTo(null);
  }, [linkOpen, returnTo, editor]);
  const openedFrom = useRef<"button" | "text">("button");

  useEffect(() => {
    const dom = editor.view.dom;
    const open = () => {
      openedFrom.current = "text";
      setHref((editor.getAttributes("link").href as string | undefined) ?? "");
      setLinkError("");
      setLinkOpen(true);
    };
    dom.addEventListener(LINK_SHORTCUT_EVENT, open);
    return () => dom.removeEventListener(LINK_SHORTCUT_EVENT, open);
  }, [editor]);

  const chain = () => editor.chain().focus();
  const buttons: Button[] = [
    { label: "Heading 2", active: state.h2, run: () => chain().toggleHeading({ level: 2 }).run() , keys: "Control+Alt+2" },
    { label: "Heading 3", active: state.h3, run: () => chain().toggleHeading({ level: 3 }).run() , keys: "Control+Alt+3" },
    { label: "Bold", active: state.bold, run: () => chain().toggleBold().run() , keys: "Control+B" },
    { label: "Italic", active: state.italic, run: () => chain().toggleItalic().run() , keys: "Control+I" },
    { label: "Bulleted list", active: state.bullet, run: () => chain().toggleBulletList().run() , keys: "Control+Shift+8" },
    { label: "Numbered list", active: state.ordered, run: () => chain().toggleOrderedList().run() , keys: "Control+Shift+7" },
    { label: "Quote", active: state.quote, run: () => chain().toggleBlockquote().run() , keys: "Control+Shift+B" },
  ];

  function applyLink(event: React.FormEvent | React.MouseEvent) {
    event.preventDefault();
    const value = href.trim();
    if (!value) {
      chain().extendMarkRange("link").unsetLink().run();
      closeLink("text");
      return;
    }
    const url = /^(https?:|mailto:|tel:|\/)/i.test(value) ? value : /^[\w.-]+\.[a-z]{2,}(\/|$)/i.test(value) ? `https://${value}` : "";
    if (!url) {
      setLinkError("Enter a web address (https://…), an email (mailto:…) or a page of this site (/contact).");
      return;
    }
    if (editor.state.selection.empty && !editor.isActive("link")) {
      // Nothing selected (Ctrl+K in the middle of a sentence): the address goes in as its own
      // linked text, rather than a link waiting for whatever is typed next.
      chain().insertContent({ type: "text", text: value, marks: [{ type: "link", attrs: { href: url } }] }).run();
      closeLink("text");
      return;
    }
    chain().extendMarkRange("link").setLink({ href: url }).run();
    closeLink("text");
  }

  const buttonClass = (active: boolean) =>
    `shrink-0 whitespace-nowrap rounded px-2.5 py-1.5 text-sm font-medium border ${active ? "border-brand-800 bg-brand-800 text-white" : "border-slate-300 bg-white text-slate-800 hover:border-brand-700"}`;

  return (
    <div>
      {/* One line that scrolls sideways on a phone, so the bar stays small; it wraps on a wider screen. */}
      <div role="toolbar" aria-label="Formatting" className="flex gap-1 overflow-x-auto sm:flex-wrap">
        <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => chain().undo().run()} disabled={!state.canUndo} aria-keyshortcuts="Control+Z" className={`${buttonClass(false)} disabled:opacity-50`}>
          Undo
        </button>
        <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => chain().redo().run()} disabled={!state.canRedo} aria-keyshortcuts="Control+Shift+Z" className={`${buttonClass(false)} disabled:opacity-50`}>
          Redo
        </button>
        {buttons.map((b) => (
          <button
            key={b.label}
            type="button"
            aria-pressed={b.active}
            aria-keyshortcuts={b.keys}
            // Keep the focus (and selection) in the text: a click that moved focus to the
            // button lost the next keystroke while the editor took it back.
            onMouseDown={(event) => event.preventDefault()}
            onClick={b.run}
            className={buttonClass(b.active)}
          >
            {b.label}
          </button>
        ))}
        <button
          type="button"
          aria-pressed={state.link}
          aria-expanded={linkOpen}
          aria-controls={linkId}
          aria-keyshortcuts="Control+K"
          ref={linkButton}
          onClick={() => {
            if (linkOpen) return closeLink("button");
            openedFrom.current = "button";
            openLink();
          }}
          className={buttonClass(state.link)}
        >
          Link
        </button>
        {extra}
      </div>
      {/* The link field's error, announced when it appears (WCAG 4.1.3); the field shows it too. */}
      <p aria-live="assertive" className="sr-only">
        {linkError}
      </p>
      {linkOpen && (
        <div id={linkId} className="mt-2 flex flex-wrap items-end gap-2">
          <div className="w-80 max-w-full">
            <Field id={`${linkId}-href`} label="Link address" error={linkError || undefined}>
              {(control) => (
                <TextInput
                  {...control}
                  inputMode="url"
                  value={href}
                  autoFocus
                  maxLength={2000}
                  onChange={(e) => setHref(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === "Enter") applyLink(e as unknown as React.FormEvent);
                    if (e.key === "Escape") {
                      e.preventDefault();
                      closeLink(openedFrom.current);
                    }
                  }}
                />
              )}
            </Field>
          </div>
          <Button type="button" onClick={applyLink} size="sm">
            Apply link
          </Button>
          {state.link && (
            <button
              type="button"
              onClick={() => {
                chain().extendMarkRange("link").unsetLink().run();
                closeLink("text");
              }}
              className="rounded-md border border-slate-300 px-3 py-1.5 text-sm"
            >
              Remove link
            </button>
          )}
        </div>
      )}
    </div>
  );
}
