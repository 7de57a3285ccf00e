import { Extension } from "@tiptap/core";
import type { Node } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

type HighlightState = { patterns: RegExp[]; decorations: DecorationSet };

export const restrictedHighlightKey = new PluginKey<HighlightState>("restrictedHighlight");

function decorate(doc: Node, patterns: RegExp[]): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText || !node.text) return;
    for (const pattern of patterns) {
      for (const m of node.text.matchAll(pattern)) {
        decorations.push(Decoration.inline(pos + m.index, pos + m.index + m[0].length, { nodeName: "mark", class: "restricted-word", title: "Check this word before publishing" }));
      }
    }
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * Marks each place the check before publishing flags, in the text as it is written: a
 * <mark> around the word, never part of the saved HTML (a decoration, not a mark). The
 * patterns (lib/publishing/restricted-words.ts rulePatterns()) arrive in a transaction:
 * `tr.setMeta(restrictedHighlightKey, patterns)`.
 */
export const RestrictedHighlight = Extension.create({
  name: "restrictedHighlight",
  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightState>({
        key: restrictedHighlightKey,
        state: {
          init: (_config, state) => ({ patterns: [], decorations: DecorationSet.create(state.doc, []) }),
          apply(tr, value) {
            const patterns = (tr.getMeta(restrictedHighlightKey) as RegExp[] | undefined) ?? value.patterns;
            if (patterns === value.patterns && !tr.docChanged) return value;
            return { patterns, decorations: decorate(tr.doc, patterns) };
          },
        },
        props: {
          decorations: (state) => restrictedHighlightKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
