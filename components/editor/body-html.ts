import { getHTMLFromFragment, type Editor } from "@tiptap/core";
import type { Transaction } from "@tiptap/pm/state";

// The body as the editor hands it to a save. The editor keeps an empty paragraph after a
// closing image (Tiptap's trailing node, so there is somewhere to type after it), while
// the sanitizer drops empty paragraphs (lib/posts/sanitize-html.ts). Without this the
// stored body and the editor's never agree: every open of such a post looked like an edit,
// saved itself, and left "This browser kept changes" behind.
const TRAILING_EMPTY_PARAGRAPHS = /(?:<p>(?:\s|&nbsp;|<br\s*\/?>)*<\/p>)+$/;

/** The editor's HTML without the empty paragraphs at its end, which the server would drop. */
export function bodyHtmlOf(editorHtml: string): string {
  return editorHtml.replace(TRAILING_EMPTY_PARAGRAPHS, "");
}

/**
 * The body to save after an editor update, or null when what the server keeps did not
 * change: compared with the document before the transaction, since the trailing paragraph
 * comes with the first transaction of all (even one that only moves the cursor, even one
 * sent before the editor's own "create").
 */
export function changedBodyHtml(editor: Pick<Editor, "getHTML" | "schema">, transaction: Pick<Transaction, "before">): string | null {
  const after = bodyHtmlOf(editor.getHTML());
  return after === bodyHtmlOf(getHTMLFromFragment(transaction.before.content, editor.schema)) ? null : after;
}
