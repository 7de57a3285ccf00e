import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

/** The patterns to mark, by the kind of finding (lib/restricted-words.ts rulePatterns()). */
export type HighlightSource = { current: RegExp[] };

export const restrictedHighlightKey = new PluginKey("restrictedHighlight");

/**
 * Marks each place the check before publishing flags, in the text as it is written: a
 * <mark> around the word, never part of the saved HTML (a decoration, not a mark).
 * `source` is read on every change; after it changes, dispatch a transaction with
 * `setMeta(restrictedHighlightKey, true)` to redraw.
 */
export function restrictedHighlight(source: HighlightSource) {
  return Extension.create({
    name: "restrictedHighlight",
    addProseMirrorPlugins() {
      return [
        new Plugin({
          key: restrictedHighlightKey,
          props: {
            decorations(state) {
              const decorations: Decoration[] = [];
              state.doc.descendants((node, pos) => {
                if (!node.isText || !node.text) return;
                for (const pattern of source.current) {
                  for (const m of node.text.matchAll(pattern)) {
                    decorations.push(
                      Decoration.inline(pos + m.index, pos + m.index + m[0].length, { nodeName: "mark", class: "restricted-word", title: "Check this word before publishing" }),
                    );
                  }
                }
              });
              return DecorationSet.create(state.doc, decorations);
            },
          },
        }),
      ];
    },
  });
}
