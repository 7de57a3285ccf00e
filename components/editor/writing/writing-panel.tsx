"use client";

import type { Editor } from "@tiptap/react";
import { useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/text-input";
import { replacementFor } from "@/lib/writing/legalese";
import { READABILITY_LIMITS, type WritingFinding } from "@/lib/writing/readability";
import type { CheckStatus } from "@/lib/writing/search-checks";
import { scoreWord } from "@/lib/writing/score-words";
import { FINDING_GROUPS, findingLabel } from "./finding-labels";
import { useWritingAnalysis, type WritingFields } from "./use-writing-analysis";
import { writingHighlightKey, writingHighlightPlugin, type WritingRange } from "./writing-highlight";

export type WritingPanelProps = {
  editor: Editor;
  postId: number | null;
  fields: Omit<WritingFields, "focusPhrase">;
  /** The firm's list, "phrase = plain words" a line (settings). */
  legalese: readonly string[];
  /** Puts new text in the title or the excerpt (a replacement there). */
  onFieldChange: (patch: { title?: string; excerpt?: string }) => void;
};

const STATUS_WORDS: Record<CheckStatus, string> = { good: "Good", improve: "Improve", problem: "Fix" };
const STATUS_LOOK: Record<CheckStatus, string> = { good: "bg-green-100 text-green-900", improve: "bg-amber-100 text-amber-950", problem: "bg-red-100 text-red-900" };
/** How many of one kind the panel lists; the rest are counted. */
const LISTED = 25;

const focusKey = (postId: number | null) => `writing-focus:${postId ?? "new"}`;

/**
 * The plain-language and search assistant beside the editor: grade level, long sentences,
 * passive voice, legal words with one-click plain replacements, and how the post shows in
 * search results. Advice only: nothing here stops publishing. Loaded on its own (next/dynamic)
 * so that its word lists and formulas are not in the editor's first JavaScript.
 */
export default function WritingPanel({ editor, postId, fields, legalese, onFieldChange }: WritingPanelProps) {
  // The focus phrase is the writer's aim for this post, kept in this browser only.
  const [focusPhrase, setFocusPhrase] = useState("");
  useEffect(() => {
    const stored = window.localStorage.getItem(focusKey(postId));
    // Read once the panel is in the page: localStorage is not there while rendering on the server.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (stored) setFocusPhrase(stored);
  }, [postId]);
  const { result, runNow } = useWritingAnalysis(editor, { ...fields, focusPhrase }, legalese);
  const [current, setCurrent] = useState<number | null>(null);
  const [news, setNews] = useState("");
  const panelRef = useRef<HTMLElement>(null);
  const pendingFocus = useRef<number | null>(null);

  useEffect(() => {
    editor.registerPlugin(writingHighlightPlugin());
    return () => {
      if (!editor.isDestroyed) editor.unregisterPlugin(writingHighlightKey);
    };
  }, [editor]);

  const findings = useMemo(() => result?.analysis.readability.findings ?? [], [result]);

  const rangeOf = (f: WritingFinding) => (result && f.field === "body" ? { from: result.starts[f.block]! + f.start, to: result.starts[f.block]! + f.end } : null);

  // The highlights follow each analysis; the current one is marked apart.
  useEffect(() => {
    if (!result || editor.isDestroyed) return;
    const ranges: WritingRange[] = findings.map((f) => {
      const range = f.field === "body" ? { from: result.starts[f.block]! + f.start, to: result.starts[f.block]! + f.end } : { from: 0, to: 0 };
      return { ...range, kind: f.kind, title: FINDING_GROUPS.find((g) => g.kind === f.kind)!.title };
    });
    editor.view.dispatch(editor.state.tr.setMeta(writingHighlightKey, { ranges, current }).setMeta("addToHistory", false));
  }, [editor, result, findings, current]);

  // After a replacement, focus goes to the next replace button (the one pressed is gone).
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const buttons = panelRef.current?.querySelectorAll<HTMLButtonElement>("[data-replace]") ?? [];
    const next = buttons[Math.min(pendingFocus.current, buttons.length - 1)];
    pendingFocus.current = null;
    (next ?? panelRef.current?.querySelector<HTMLElement>("#writing-heading"))?.focus();
  }, [result]);

  function show(index: number) {
    const f = findings[index];
    if (!f) return;
    setCurrent(index);
    const range = rangeOf(f);
    if (range) {
      // Selected without taking focus: the writer steps on from the panel, or types there.
      editor.chain().setTextSelection(range).scrollIntoView().run();
      editor.view.domAtPos(range.from).node.parentElement?.scrollIntoView({ block: "center" });
    } else document.getElementById(f.field)?.scrollIntoView({ block: "center" });
    setNews(`${index + 1} of ${findings.length}: ${FINDING_GROUPS.find((g) => g.kind === f.kind)!.title.toLowerCase()}, “${findingLabel(f)}”${f.replacement ? `. Plain words: “${f.replacement}”` : ""}.`);
  }

  function step(by: 1 | -1) {
    if (findings.length === 0) return;
    const from = current ?? (by === 1 ? -1 : findings.length);
    show((from + by + findings.length) % findings.length);
  }

  function replace(f: WritingFinding) {
    if (!f.replacement) return;
    const plain = replacementFor({ text: f.text, replacement: f.replacement });
    const listed = findings.filter((x) => x.kind === "legalese").indexOf(f);
    const range = rangeOf(f);
    if (range) {
      // The text may have changed since the check ran: replace only what it found.
      if (editor.state.doc.textBetween(range.from, range.to, undefined, " ") !== f.text) {
        runNow();
        setNews("The text changed meanwhile: the list is up to date now, try again.");
        return;
      }
      editor.view.dispatch(editor.state.tr.insertText(plain, range.from, range.to));
    } else {
      const value = f.field === "title" ? fields.title : fields.excerpt;
      if (value.slice(f.start, f.end) !== f.text) return runNow();
      onFieldChange({ [f.field]: value.slice(0, f.start) + plain + value.slice(f.end) });
    }
    setCurrent(null);
    setNews(`Replaced “${f.text}” with “${plain}”.`);
    pendingFocus.current = Math.max(0, listed);
    // Field changes reach the analysis through props; the body's at once.
    if (range) runNow();
  }

  const r = result?.analysis.readability;
  const s = result?.analysis.search;
  const currentFinding = current === null ? undefined : findings[current];

  return (
    <section ref={panelRef} aria-labelledby="writing-heading" data-pass-ms={result ? result.ms.toFixed(1) : undefined} className="space-y-3 rounded-md border border-slate-300 p-4 text-sm">
      <h2 id="writing-heading" tabIndex={-1} className="text-base font-semibold text-brand-900">
        Plain language and search
      </h2>
      <p className="text-slate-700">Advice only: nothing here stops publishing.</p>
      <div aria-live="polite" className="font-medium text-slate-900">
        {r?.score != null && s?.score != null ? (
          <p>
            Readability {r.score} of 100 ({scoreWord(r.score)}), grade {r.grade}. Search {s.score} of 100 ({scoreWord(s.score)}).
          </p>
        ) : (
          <p>{result ? "Start writing: the checks appear here." : "Checking…"}</p>
        )}
      </div>
      <div aria-live="polite" className="text-slate-800">
        {news && <p>{news}</p>}
      </div>

      {r && r.grade !== null && (
        <>
          <h3 className="font-semibold text-brand-900">Readability</h3>
          <ul className="space-y-1 text-slate-800">
            <li>
              Grade level <strong>{r.grade}</strong> (Flesch-Kincaid {r.grades!.fleschKincaid}, Coleman-Liau {r.grades!.colemanLiau}): aim for {READABILITY_LIMITS.grade} or below.
            </li>
            <li>
              Long sentences: {r.longSentences} of {r.sentences} (aim for a quarter or fewer).
            </li>
            <li>
              Passive voice: {r.passiveSentences} of {r.sentences} sentences (aim for one in ten or fewer).
            </li>
          </ul>

          {findings.length > 0 && (
            <div className="space-y-2 rounded-md bg-slate-50 p-2">
              <div className="flex flex-wrap items-center gap-2">
                <Button type="button" variant="secondary" size="sm" onClick={() => step(-1)}>
                  Previous place
                </Button>
                <Button type="button" variant="secondary" size="sm" onClick={() => step(1)}>
                  Next place
                </Button>
                <span className="text-slate-700">{current === null ? `${findings.length} places` : `${current + 1} of ${findings.length}`}</span>
              </div>
              {currentFinding?.replacement && (
                <Button type="button" size="sm" data-replace onClick={() => replace(currentFinding)}>
                  Replace “{currentFinding.text}” with “{replacementFor({ text: currentFinding.text, replacement: currentFinding.replacement })}”
                </Button>
              )}
            </div>
          )}

          {FINDING_GROUPS.map((group) => {
            const list = findings.map((f, index) => ({ f, index })).filter(({ f }) => f.kind === group.kind);
            if (list.length === 0) return null;
            return (
              <div key={group.kind} className="space-y-1">
                <h4 className="font-semibold text-slate-900">
                  {group.title} ({list.length})
                </h4>
                <p className="text-xs text-slate-700">{group.advice}</p>
                <ul className="space-y-1">
                  {list.slice(0, LISTED).map(({ f, index }) => (
                    <li key={`${f.field}:${f.block}:${f.start}`} className={`flex flex-wrap items-baseline gap-x-2 ${index === current ? "rounded-sm bg-amber-50" : ""}`}>
                      <button type="button" onClick={() => show(index)} aria-current={index === current ? "true" : undefined} className="min-h-6 text-left text-brand-800 underline">
                        {findingLabel(f)}
                      </button>
                      {f.replacement && (
                        <Button
                          type="button"
                          variant="secondary"
                          size="sm"
                          data-replace
                          onClick={() => replace(f)}
                          aria-label={`Replace “${f.text}” with “${replacementFor({ text: f.text, replacement: f.replacement })}”`}
                        >
                          → {replacementFor({ text: f.text, replacement: f.replacement })}
                        </Button>
                      )}
                    </li>
                  ))}
                </ul>
                {list.length > LISTED && <p className="text-xs text-slate-700">and {list.length - LISTED} more (step through them with Next place).</p>}
              </div>
            );
          })}

          {r.hardest.length > 0 && (
            <div className="space-y-1">
              <h4 className="font-semibold text-slate-900">Hardest sentences</h4>
              <ul className="list-disc space-y-1 pl-5 text-slate-800">
                {r.hardest.map((h) => (
                  <li key={`${h.block}:${h.start}`}>
                    <span className="font-medium">Grade {h.grade}:</span> {h.text.length > 120 ? `${h.text.slice(0, 119)}…` : h.text}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}

      {s && (
        <>
          <h3 className="font-semibold text-brand-900">Search and sharing</h3>
          <Field id="focus-phrase" label="Focus question or phrase (optional)" hint="What a reader would type, like “can a victim drop charges”. Kept in this browser.">
            {(control) => (
              <TextInput
                {...control}
                value={focusPhrase}
                maxLength={100}
                onChange={(e) => {
                  setFocusPhrase(e.target.value);
                  window.localStorage.setItem(focusKey(postId), e.target.value);
                }}
              />
            )}
          </Field>
          <ul className="space-y-1.5">
            {s.checks.map((c) => (
              <li key={c.id} className="flex gap-2">
                <span className={`h-fit shrink-0 rounded-sm px-1.5 text-xs font-semibold ${STATUS_LOOK[c.status]}`}>{STATUS_WORDS[c.status]}</span>
                <span className="text-slate-800">{c.message}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
