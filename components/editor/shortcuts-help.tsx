"use client";

import { useId, useState } from "react";

/** The keyboard shortcuts the editor knows (Tiptap's, and Ctrl+K for a link), as Windows and Mac write them. */
export const SHORTCUTS: { action: string; keys: string }[] = [
  { action: "Bold", keys: "Ctrl+B" },
  { action: "Italic", keys: "Ctrl+I" },
  { action: "Link", keys: "Ctrl+K" },
  { action: "Heading 2 / Heading 3", keys: "Ctrl+Alt+2 / Ctrl+Alt+3" },
  { action: "Bulleted list", keys: "Ctrl+Shift+8" },
  { action: "Numbered list", keys: "Ctrl+Shift+7" },
  { action: "Quote", keys: "Ctrl+Shift+B" },
  { action: "Undo", keys: "Ctrl+Z" },
  { action: "Redo", keys: "Ctrl+Shift+Z or Ctrl+Y" },
  { action: "Back to normal text", keys: "Ctrl+Alt+0" },
];

/** A button that shows the shortcuts in a popover; Escape or the button closes it. */
export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="relative" onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        className="min-h-9 rounded border border-slate-400 bg-white px-2.5 text-sm font-medium text-slate-800 hover:border-brand-700"
      >
        Shortcuts
      </button>
      {open && (
        <div id={id} role="region" aria-label="Keyboard shortcuts" className="absolute right-0 z-30 mt-1 w-80 max-w-[90vw] rounded-md border border-slate-300 bg-white p-3 shadow-lg">
          <table className="w-full text-left text-sm">
            <caption className="mb-1 text-left font-semibold text-brand-900">Keyboard shortcuts (⌘ instead of Ctrl on a Mac)</caption>
            <tbody>
              {SHORTCUTS.map((s) => (
                <tr key={s.action} className="border-t border-slate-200">
                  <th scope="row" className="py-1 pr-2 font-normal text-slate-800">
                    {s.action}
                  </th>
                  <td className="py-1">
                    <kbd className="font-mono text-xs text-slate-900">{s.keys}</kbd>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
