"use client";

import type { EditorPostState } from "@/lib/posts/post-save";
import { readingMinutes, readingTimeLabel } from "@/lib/posts/reading-time";
import { hasUnpublishedChanges } from "./publishing-panel";
import { ShortcutsHelp } from "./shortcuts-help";
import type { SaveState, SendIntent } from "./use-autosave";
import { Button } from "@/components/ui/button";

type Action = { intent: Exclude<SendIntent, "save">; label: string };

/** The one action the bar offers now: publish, update, or send for review; none while nothing is to be done. */
export function mainAction(postState: EditorPostState | null, save: SaveState, mayPublish: boolean): Action | undefined {
  const status = postState?.status ?? "draft";
  const changes = hasUnpublishedChanges(postState, save);
  if (mayPublish) {
    if (status === "draft") return { intent: "publish", label: "Publish now" };
    if (changes) return { intent: "update", label: status === "scheduled" ? "Update the scheduled post" : "Update the published post" };
    return undefined;
  }
  if (postState?.approval) return undefined;
  if (status === "draft") return { intent: "submit", label: "Send for review" };
  if (changes) return { intent: "submit", label: "Send changes for review" };
  return undefined;
}

/**
 * What stays in reach while writing: the save status, words and reading time, the
 * shortcuts, the main action and (below) the formatting toolbar. Sticky at the top of the
 * screen; on a phone one compact line over the toolbar's own line.
 */
export function EditorBar({
  save,
  words,
  postId,
  postState,
  mayPublish,
  problem,
  onAction,
  children,
}: {
  save: SaveState;
  words: number;
  postId: number | null;
  postState: EditorPostState | null;
  mayPublish: boolean;
  /** Why the last action was refused (the field says it too, when it is about a field). */
  problem: string | null;
  onAction: (intent: Exclude<SendIntent, "save">) => void;
  /** The formatting toolbar. */
  children: React.ReactNode;
}) {
  // A new post with nothing typed has nothing saved: it does not say "Saved".
  const untouched = postId === null && save.kind === "saved";
  const saveLabel = untouched ? "Not saved yet" : save.kind === "saved" ? "Saved" : save.kind === "saving" ? "Saving…" : "Not saved";
  const action = mainAction(postState, save, mayPublish);
  return (
    <div data-editor-bar className="sticky top-0 z-20 -mx-4 space-y-2 border-b border-slate-300 bg-white/95 px-4 py-2 shadow-sm backdrop-blur">
      <div className="flex items-center gap-2">
        <p
          role="status"
          aria-live="polite"
          className={`shrink-0 rounded px-2.5 py-1 text-sm font-semibold ${untouched ? "bg-slate-100 text-slate-800" : save.kind === "saved" ? "bg-green-100 text-green-900" : save.kind === "saving" ? "bg-slate-100 text-slate-800" : "bg-red-100 text-red-900"}`}
        >
          {saveLabel}
        </p>
        <p className="min-w-0 truncate text-sm text-slate-700" data-word-count>
          {words.toLocaleString("en-US")} {words === 1 ? "word" : "words"} · {readingTimeLabel(readingMinutes(words))}
        </p>
        <div className="ml-auto flex shrink-0 items-center gap-2">
          <div className="hidden sm:block">
            <ShortcutsHelp />
          </div>
          {postState?.approval && !mayPublish && <span className="rounded bg-brand-100 px-2 py-1 text-sm font-semibold text-brand-900">In review</span>}
          {action && (
            <Button
              type="button"
              onClick={() => onAction(action.intent)}
              disabled={postId === null}
              size="sm"
              className="min-h-9 sm:px-4"
            >
              {action.label}
            </Button>
          )}
        </div>
      </div>
      <div aria-live="assertive">{problem && <p className="text-sm font-medium text-red-800">Not done: {problem}</p>}</div>
      {children}
    </div>
  );
}
