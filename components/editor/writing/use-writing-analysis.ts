"use client";

import type { Editor } from "@tiptap/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { legaleseMatcher, parseLegalese } from "@/lib/writing/legalese";
import { analysePost, type PostAnalysis } from "@/lib/writing/post-analysis";
import type { SearchInput } from "@/lib/writing/search-checks";
import { editorDocument } from "./editor-document";

export type WritingFields = Omit<SearchInput, "doc" | "siteOrigin">;

export type WritingResult = {
  analysis: PostAnalysis;
  /** Where each body block's text starts in the document the analysis read. */
  starts: number[];
  /** How long the pass took, in ms (shown to tests and the curious as data-pass-ms). */
  ms: number;
};

/** Quiet time after the last keystroke before the checks run again. */
const DEBOUNCE_MS = 400;

/**
 * The writing checks on what the editor holds, again shortly after each change: a full pass
 * over a 3,000-word post takes a few milliseconds (npm run bench:writing), so it runs on the
 * main thread, but not on every keystroke.
 */
export function useWritingAnalysis(editor: Editor, fields: WritingFields, legaleseLines: readonly string[]) {
  const matcher = useMemo(() => legaleseMatcher(parseLegalese(legaleseLines)), [legaleseLines]);
  const [result, setResult] = useState<WritingResult | null>(null);
  const [docVersion, setDocVersion] = useState(0);
  const latest = useRef({ fields, matcher });
  useEffect(() => {
    latest.current = { fields, matcher };
  });

  const runNow = useCallback(() => {
    if (editor.isDestroyed) return;
    const started = performance.now();
    const { doc, starts } = editorDocument(editor.state.doc);
    const analysis = analysePost({ ...latest.current.fields, doc, siteOrigin: window.location.origin }, latest.current.matcher);
    setResult({ analysis, starts, ms: performance.now() - started });
  }, [editor]);

  useEffect(() => {
    const onUpdate = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (transaction.docChanged) setDocVersion((v) => v + 1);
    };
    editor.on("transaction", onUpdate);
    return () => {
      editor.off("transaction", onUpdate);
    };
  }, [editor]);

  const first = useRef(true);
  useEffect(() => {
    const delay = first.current ? 0 : DEBOUNCE_MS;
    first.current = false;
    const timer = setTimeout(runNow, delay);
    return () => clearTimeout(timer);
  }, [runNow, docVersion, fields.title, fields.excerpt, fields.seoTitle, fields.seoDescription, fields.slug, fields.focusPhrase, matcher]);

  return { result, runNow };
}
