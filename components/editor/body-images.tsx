"use client";

/* eslint-disable @next/next/no-img-element -- previews of uploads in the admin */
import { UPLOAD_LIMIT_TEXT } from "@/lib/media/upload-limit.mjs";
import { useEditorState, type Editor } from "@tiptap/react";
import { NodeSelection } from "@tiptap/pm/state";
import { useEffect, useId, useRef, useState } from "react";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { Textarea } from "@/components/ui/textarea";
import { TextInput } from "@/components/ui/text-input";
import { FIGURE_SIZE_CHOICES, type FigureAttributes, type FigureSize } from "./figure";
import { uploadImage, type UploadedImage } from "./upload-image";
import { Button } from "@/components/ui/button";

/** What the editor's text fires when image files are pasted or dropped into it (see post-editor.tsx). */
export const IMAGE_FILES_EVENT = "editor-image-files";
export type ImageFilesDetail = { files: File[]; pos: number };

const ALT_LIMIT = 300;
const CAPTION_LIMIT = 300;

type Dialog = { mode: "insert"; pos: number; media: UploadedImage } | { mode: "edit"; attrs: FigureAttributes };

const buttonClass = "shrink-0 whitespace-nowrap rounded border border-slate-300 bg-white px-2.5 py-1.5 text-sm font-medium text-slate-800 hover:border-brand-700";

/**
 * Images in the body: the toolbar's "Image" button (`button`: the media library, or a new
 * upload), paste and drop, and the dialog every image passes through (`panels`, shown below
 * the toolbar): its description or an explicit "decorative", a caption and a size. A
 * selected image's details open the same dialog.
 */
export function useBodyImages(editor: Editor, onExpired: () => void): { button: React.ReactNode; panels: React.ReactNode } {
  const [pickerOpen, setPickerOpen] = useState(false);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [status, setStatus] = useState("");
  const pickerId = useId();
  const selected = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const selection = e.state.selection;
      return selection instanceof NodeSelection && selection.node.type.name === "figure" ? (selection.node.attrs as FigureAttributes) : null;
    },
  });

  async function upload(files: File[], pos: number) {
    setPickerOpen(false);
    setStatus("Uploading the image…");
    const answer = await uploadImage(files[0]!);
    if (answer.kind === "expired") {
      setStatus("");
      onExpired();
      return;
    }
    if (answer.kind === "error") {
      setStatus(`Not added: ${answer.message}`);
      return;
    }
    setStatus(files.length > 1 ? "Only the first image was added: add the others one at a time." : "");
    setDialog({ mode: "insert", pos, media: answer.media });
  }

  // Paste and drop arrive from the text as an event with the files and where they go.
  useEffect(() => {
    const dom = editor.view.dom;
    const onFiles = (event: Event) => {
      const { files, pos } = (event as CustomEvent<ImageFilesDetail>).detail;
      void upload(files, pos);
    };
    dom.addEventListener(IMAGE_FILES_EVENT, onFiles);
    return () => dom.removeEventListener(IMAGE_FILES_EVENT, onFiles);
  });

  function finish(attrs: FigureAttributes) {
    if (dialog?.mode === "insert") editor.chain().focus().insertContentAt(dialog.pos, { type: "figure", attrs }).run();
    else editor.chain().focus().updateAttributes("figure", attrs).run();
    setDialog(null);
  }

  const button = selected ? (
    <button type="button" className={buttonClass} onClick={() => setDialog({ mode: "edit", attrs: selected })}>
      Image details
    </button>
  ) : (
    <button type="button" className={buttonClass} aria-expanded={pickerOpen} aria-controls={pickerId} onClick={() => setPickerOpen(!pickerOpen)}>
      Image
    </button>
  );
  const panels = (
    <>
      <div aria-live="assertive">{status && <p className="text-sm font-medium text-slate-800">{status}</p>}</div>
      {pickerOpen && (
        <ImagePicker
          id={pickerId}
          onUpload={(file) => void upload([file], editor.state.selection.from)}
          onPick={(media) => {
            setPickerOpen(false);
            setDialog({ mode: "insert", pos: editor.state.selection.from, media });
          }}
          onClose={() => setPickerOpen(false)}
        />
      )}
      {dialog && (
        <ImageDialog
          key={dialog.mode === "insert" ? dialog.media.url : dialog.attrs.src}
          dialog={dialog}
          onDone={finish}
          onCancel={() => {
            setDialog(null);
            editor.commands.focus();
          }}
        />
      )}
    </>
  );
  return { button, panels };
}

/** The media library to choose from, and an upload field. */
function ImagePicker({ id, onUpload, onPick, onClose }: { id: string; onUpload: (file: File) => void; onPick: (media: UploadedImage) => void; onClose: () => void }) {
  const [library, setLibrary] = useState<UploadedImage[] | null>(null);
  useEffect(() => {
    let live = true;
    void fetch("/admin/api/media")
      .then((r) => r.json() as Promise<{ ok: boolean; media?: UploadedImage[] }>)
      .then((data) => live && setLibrary(data.media ?? []))
      .catch(() => live && setLibrary([]));
    return () => {
      live = false;
    };
  }, []);
  return (
    <div id={id} className="w-full space-y-3 rounded-md border border-slate-300 bg-white p-3">
      <Field id={`${id}-file`} label="Upload an image" hint={`JPEG, PNG or WebP, up to ${UPLOAD_LIMIT_TEXT} and 40 megapixels. You can also paste or drop one into the text.`}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept="image/jpeg,image/png,image/webp"
            className="mt-1 block w-full text-sm"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) onUpload(file);
              e.target.value = "";
            }}
          />
        )}
      </Field>
      <div>
        <p className="text-sm font-medium text-slate-900">Or choose one from the media library</p>
        {library === null ? (
          <p className="text-sm text-slate-700">Loading…</p>
        ) : library.length === 0 ? (
          <p className="text-sm text-slate-700">Nothing uploaded yet.</p>
        ) : (
          <ul className="mt-1 flex max-h-64 flex-wrap gap-2 overflow-y-auto">
            {library.map((media) => (
              <li key={media.id}>
                <button type="button" onClick={() => onPick(media)} className="block rounded border border-slate-300 p-1 hover:border-brand-700">
                  <img src={media.url} alt={media.alt || "An image without a description"} className="h-20 w-28 object-cover" />
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" onClick={onClose} className="text-sm text-brand-800 underline">
        Close
      </button>
    </div>
  );
}

/** Every image's details, asked before it goes in: a description or "decorative", a caption, a size. */
function ImageDialog({ dialog, onDone, onCancel }: { dialog: Dialog; onDone: (attrs: FigureAttributes) => void; onCancel: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const start: FigureAttributes =
    dialog.mode === "edit"
      ? dialog.attrs
      : { src: dialog.media.url, alt: dialog.media.alt, caption: "", size: "medium", width: dialog.media.width, height: dialog.media.height };
  const [decorative, setDecorative] = useState(dialog.mode === "edit" && start.alt === "");

  useEffect(() => {
    const element = ref.current;
    if (element && !element.open) element.showModal();
  }, []);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const alt = String(form.get("alt") ?? "").trim();
    if (!decorative && alt === "") {
      setError("Describe what the image shows, or mark it decorative.");
      return;
    }
    const size = FIGURE_SIZE_CHOICES.find((c) => c.value === form.get("size"))?.value ?? ("medium" as FigureSize);
    onDone({ ...start, alt: decorative ? "" : alt.slice(0, ALT_LIMIT), caption: String(form.get("caption") ?? "").trim().slice(0, CAPTION_LIMIT), size });
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby="image-dialog-heading"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      // Taller than a laptop's screen at 800 px with its preview and fields: it scrolls, and its buttons stay in view.
      className="m-auto max-h-[calc(100dvh-2rem)] w-[36rem] max-w-[95vw] overflow-y-auto rounded-lg p-0 backdrop:bg-slate-900/50"
    >
      <form onSubmit={submit} className="space-y-4 px-4 pt-4">
        <h2 id="image-dialog-heading" className="text-lg font-semibold text-brand-900">
          {dialog.mode === "insert" ? "Add the image" : "Image details"}
        </h2>
        <img src={start.src} alt="" className="max-h-40 w-full rounded object-contain" />
        <Field id="image-alt" label="Description (alt text)" hint="What the image shows, for people who cannot see it: a sentence or two." error={decorative ? undefined : error}>
          {(control) => <Textarea {...control} name="alt" rows={2} maxLength={ALT_LIMIT} defaultValue={start.alt} disabled={decorative} />}
        </Field>
        <CheckboxField
          id="image-decorative"
          label="Decorative: it adds nothing a reader would miss"
          hint="Screen readers then skip it. Leave it unticked for anything that carries meaning."
          checked={decorative}
          onChange={(e) => setDecorative(e.target.checked)}
        />
        <Field id="image-caption" label="Caption (optional)" hint="Shown under the image for everyone.">
          {(control) => <TextInput {...control} name="caption" maxLength={CAPTION_LIMIT} defaultValue={start.caption} />}
        </Field>
        <RadioGroup id="image-size" name="size" legend="Size" options={FIGURE_SIZE_CHOICES} defaultValue={start.size} />
        <div className="sticky bottom-0 -mx-4 flex flex-wrap gap-2 border-t border-slate-200 bg-white px-4 py-3">
          <Button type="submit">
            {dialog.mode === "insert" ? "Add the image" : "Save the details"}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>
    </dialog>
  );
}
