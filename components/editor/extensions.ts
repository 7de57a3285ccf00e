import StarterKit from "@tiptap/starter-kit";
import type { EditorOptions } from "@tiptap/core";
import { cleanPastedHtml } from "@/lib/posts/paste-html";
import { Figure } from "./figure";

/** What the post editor can make: the same allowlist the sanitizer keeps (lib/posts/sanitize-html.ts). */
export const postEditorExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: "https",
      protocols: ["mailto", "tel"],
      HTMLAttributes: { target: null, rel: null },
      isAllowedUri: (url) => /^(https?:|mailto:|tel:|\/)/i.test(url.trim()),
    },
  }),
  Figure,
];

/** Paste from Word or Google Docs keeps the structure and drops the rest. */
export const postEditorProps: EditorOptions["editorProps"] = {
  transformPastedHTML: (html) => cleanPastedHtml(html),
};
