import { expect, type Locator, type Page } from "@playwright/test";

// What axe cannot check, measured in the browser (ACCESSIBILITY.md, "How it is tested").
// Colours are read through a canvas, so any CSS colour (Tailwind 4 writes oklch) comes
// back as sRGB; what is behind an element is its ancestors' backgrounds composited over
// the white page.

/** Runs in the page: helpers the measurements below share, installed once per document. */
const INSTALL = () => {
  const w = window as unknown as { __measure?: unknown };
  if (w.__measure) return;
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext("2d", { willReadFrequently: true })!;
  const rgba = (color: string): [number, number, number, number] => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = "#000";
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    return [r!, g!, b!, a! / 255];
  };
  const over = (top: [number, number, number, number], under: [number, number, number]): [number, number, number] =>
    [0, 1, 2].map((i) => top[i]! * top[3] + under[i]! * (1 - top[3])) as [number, number, number];
  /** The opaque colour behind `el` (its own background not included). */
  const behind = (el: Element): [number, number, number] => {
    const layers: [number, number, number, number][] = [];
    for (let node = el.parentElement; node; node = node.parentElement) {
      const color = rgba(getComputedStyle(node).backgroundColor);
      if (color[3] > 0) layers.push(color);
      if (color[3] >= 1) break;
    }
    return layers.reduceRight<[number, number, number]>((under, layer) => over(layer, under), [255, 255, 255]);
  };
  const luminance = ([r, g, b]: [number, number, number]) => {
    const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const contrast = (a: [number, number, number], b: [number, number, number]) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
  };
  const describe = (el: Element) => {
    const text = (el.getAttribute("aria-label") || (el as HTMLElement).innerText || el.getAttribute("name") || el.id || el.tagName).trim().replace(/\s+/g, " ");
    return `${el.tagName.toLowerCase()} "${text.slice(0, 40)}"`;
  };
  w.__measure = { rgba, over, behind, contrast, describe };
};

type Measure = {
  rgba: (color: string) => [number, number, number, number];
  over: (top: [number, number, number, number], under: [number, number, number]) => [number, number, number];
  behind: (el: Element) => [number, number, number];
  contrast: (a: [number, number, number], b: [number, number, number]) => number;
  describe: (el: Element) => string;
};

export type FocusRing = { element: string; focusVisible: boolean; style: string; width: number; contrast: number };

/**
 * Focuses every focusable element inside `scope` (after a key press, so the browser shows
 * focus as for a keyboard user) and measures its focus ring against what is behind it.
 */
export async function focusRings(page: Page, scope: string): Promise<FocusRing[]> {
  await page.keyboard.press("Shift"); // a keyboard interaction: programmatic focus then shows :focus-visible
  await page.evaluate(INSTALL);
  return page.evaluate((selector) => {
    const m = (window as unknown as { __measure: Measure }).__measure;
    const focusable = "a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select, textarea, summary, [tabindex]:not([tabindex='-1'])";
    const found = [...document.querySelectorAll(selector)].flatMap((root) => [...root.querySelectorAll<HTMLElement>(focusable)]);
    const rings: FocusRing[] = [];
    for (const el of new Set(found)) {
      el.focus();
      if (document.activeElement !== el) continue;
      // Skipped only when it cannot be seen at all (a closed menu's links); the skip link shows when focused.
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(el);
      const ring = m.rgba(style.outlineColor);
      const solid = m.over(ring, m.behind(el));
      rings.push({
        element: m.describe(el),
        focusVisible: el.matches(":focus-visible"),
        style: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        contrast: m.contrast(solid, m.behind(el)),
      });
    }
    (document.activeElement as HTMLElement | null)?.blur();
    return rings;
  }, scope);
}

/** Every focus ring in `scope` is a visible line of 2 px or more at 3:1 against what is behind it (WCAG 2.4.7, 1.4.11). */
export async function expectVisibleFocusRings(page: Page, scope: string, minimum = 1) {
  const rings = await focusRings(page, scope);
  expect(rings.length, `focusable elements in ${scope}`).toBeGreaterThanOrEqual(minimum);
  const weak = rings.filter((r) => !r.focusVisible || r.style === "none" || r.width < 2 || r.contrast < 3);
  expect(weak, `focus rings under 3:1 or missing in ${scope} on ${page.url()}`).toEqual([]);
}

export type FieldEdge = { element: string; border: number; fill: number };

/** Each visible text field, select and textarea: its border and its own fill against what is behind it. */
export async function fieldEdges(page: Page): Promise<FieldEdge[]> {
  await page.evaluate(INSTALL);
  return page.evaluate(() => {
    const m = (window as unknown as { __measure: Measure }).__measure;
    const fields = document.querySelectorAll<HTMLElement>(
      "input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]):not([type=submit]):not([type=button]), select, textarea",
    );
    const edges: FieldEdge[] = [];
    for (const el of fields) {
      const box = el.getBoundingClientRect();
      // The contact form's trap for bots is off-screen and out of the tab order on purpose.
      if (box.width === 0 || box.height === 0 || el.tabIndex < 0) continue;
      const style = getComputedStyle(el);
      const back = m.behind(el);
      const fill = m.over(m.rgba(style.backgroundColor), back);
      const border = parseFloat(style.borderTopWidth) >= 1 ? m.over(m.rgba(style.borderTopColor), fill) : fill;
      edges.push({ element: m.describe(el), border: m.contrast(border, back), fill: m.contrast(fill, back) });
    }
    return edges;
  });
}

/** Every field's edge is seen: its border, or its own fill, at 3:1 against what is around it (WCAG 1.4.11). */
export async function expectVisibleFieldEdges(page: Page, minimum = 1) {
  const edges = await fieldEdges(page);
  expect(edges.length, `fields on ${page.url()}`).toBeGreaterThanOrEqual(minimum);
  expect(
    edges.filter((e) => Math.max(e.border, e.fill) < 3),
    `fields whose edge is under 3:1 on ${page.url()}`,
  ).toEqual([]);
}

/** The page does not scroll sideways (WCAG 1.4.10); tables may scroll inside their own box. */
export async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
  expect(widths.page, `page width at ${widths.window} px on ${page.url()}`).toBeLessThanOrEqual(widths.window);
}

/** The text is inside a live region a screen reader announces (WCAG 4.1.3). */
export async function expectAnnounced(message: Locator) {
  await expect(message).toBeVisible();
  const region = await message.evaluate((el) => {
    const live = el.closest("[role=status], [role=alert], [role=log], [aria-live]");
    return live ? (live.getAttribute("aria-live") ?? live.getAttribute("role")) : null;
  });
  expect(region, `no live region around "${await message.textContent()}"`).not.toBeNull();
  expect(region).not.toBe("off");
}

/** Focus is on something, not dropped on <body> (WCAG 2.4.3); what it is, for the next check. */
export async function expectFocusNotOnBody(page: Page): Promise<string> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName ?? "none")).not.toMatch(/^(BODY|none)$/);
  return page.evaluate(() => {
    const el = document.activeElement!;
    return `${el.tagName.toLowerCase()} ${(el.getAttribute("aria-label") || (el as HTMLElement).innerText || "").trim().slice(0, 60)}`;
  });
}
