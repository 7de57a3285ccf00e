import type { ReactNode } from "react";

/**
 * A wide table's box: on a phone the table scrolls sideways inside it, the page does not
 * (WCAG 1.4.10 allows it for data tables). It takes focus, so a keyboard can scroll it too
 * (axe's scrollable-region-focusable), and is named for what it holds. `relative` keeps
 * the table's screen-reader-only words inside the box rather than widening the page.
 */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="relative overflow-x-auto">
      {children}
    </div>
  );
}
