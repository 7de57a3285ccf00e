import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

export type WritingRange = { from: number; to: number; kind: string; title: string };
type HighlightState = { ranges: WritingRange[]; current: number | null; decorations: DecorationSet };
type HighlightMeta = { ranges?: WritingRange[]; current?: number | null };

export const writingHighlightKey = new PluginKey<HighlightState>("writingHighlight");

function decorate(doc: Parameters<typeof DecorationSet.create>[0], ranges: WritingRange[], current: number | null): DecorationSet {
  return DecorationSet.create(
    doc,
    ranges.flatMap((r, i) =>
      r.from < r.to && r.to <= doc.content.size
        ? [Decoration.inline(r.from, r.to, { class: `writing-issue writing-${r.kind}${i === current ? " writing-current" : ""}`, title: r.title }, { index: i })]
        : [],
    ),
  );
}

/**
 * The plain-language panel's highlights in the text: decorations, never part of the saved
 * HTML. Registered by the panel when it loads (so none of this is in the editor's first
 * JavaScript), fed by `tr.setMeta(writingHighlightKey, { ranges, current })` after each
 * analysis. Between two analyses the highlights move with the text as it is typed.
 */
export function writingHighlightPlugin(): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: writingHighlightKey,
    state: {
      init: (_config, state) => ({ ranges: [], current: null, decorations: DecorationSet.create(state.doc, []) }),
      apply(tr, value) {
        const meta = tr.getMeta(writingHighlightKey) as HighlightMeta | undefined;
        if (meta) {
          const ranges = meta.ranges ?? value.ranges;
          const current = meta.current !== undefined ? meta.current : value.current;
          return { ranges, current, decorations: decorate(tr.doc, ranges, current) };
        }
        if (!tr.docChanged) return value;
        return { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) };
      },
    },
    props: {
      decorations: (state) => writingHighlightKey.getState(state)?.decorations,
    },
  });
}
