"use client";

import { useEditorState, type Editor } from "@tiptap/react";
import { useId, useState } from "react";
import { Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/text-input";

type Button = { label: string; active: boolean; run: () => void };

/** The formatting toolbar: real buttons with names and aria-pressed, one tab stop each. */
export function Toolbar({ editor }: { editor: Editor }) {
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
    }),
  });
  const [linkOpen, setLinkOpen] = useState(false);
  const [href, setHref] = useState("");
  const [linkError, setLinkError] = useState("");
  const linkId = useId();

  const chain = () => editor.chain().focus();
  const buttons: Button[] = [
    { label: "Heading 2", active: state.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { label: "Heading 3", active: state.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { label: "Bold", active: state.bold, run: () => chain().toggleBold().run() },
    { label: "Italic", active: state.italic, run: () => chain().toggleItalic().run() },
    { label: "Bulleted list", active: state.bullet, run: () => chain().toggleBulletList().run() },
    { label: "Numbered list", active: state.ordered, run: () => chain().toggleOrderedList().run() },
    { label: "Quote", active: state.quote, run: () => chain().toggleBlockquote().run() },
  ];

  function applyLink(event: React.FormEvent | React.MouseEvent) {
    event.preventDefault();
    const value = href.trim();
    if (!value) {
      chain().extendMarkRange("link").unsetLink().run();
      setLinkOpen(false);
      return;
    }
    const url = /^(https?:|mailto:|tel:|\/)/i.test(value) ? value : /^[\w.-]+\.[a-z]{2,}(\/|$)/i.test(value) ? `https://${value}` : "";
    if (!url) {
      setLinkError("Enter a web address (https://…), an email (mailto:…) or a page of this site (/contact).");
      return;
    }
    chain().extendMarkRange("link").setLink({ href: url }).run();
    setLinkOpen(false);
  }

  const buttonClass = (active: boolean) =>
    `rounded px-2.5 py-1.5 text-sm font-medium border ${active ? "border-brand-800 bg-brand-800 text-white" : "border-slate-300 bg-white text-slate-800 hover:border-brand-700"}`;

  return (
    <div className="border-b border-slate-300 bg-slate-50 p-2">
      <div role="toolbar" aria-label="Formatting" className="flex flex-wrap gap-1">
        {buttons.map((b) => (
          <button
            key={b.label}
            type="button"
            aria-pressed={b.active}
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
          onClick={() => {
            setHref(state.href);
            setLinkError("");
            setLinkOpen(!linkOpen);
          }}
          className={buttonClass(state.link)}
        >
          Link
        </button>
      </div>
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
                    if (e.key === "Escape") setLinkOpen(false);
                  }}
                />
              )}
            </Field>
          </div>
          <button type="button" onClick={applyLink} className="rounded-md bg-brand-800 px-3 py-1.5 text-sm font-semibold text-white">
            Apply link
          </button>
          {state.link && (
            <button
              type="button"
              onClick={() => {
                chain().extendMarkRange("link").unsetLink().run();
                setLinkOpen(false);
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
