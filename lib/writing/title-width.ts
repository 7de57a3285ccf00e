// How wide a title is where search results show it: Google sets result titles in Arial at
// about 20 px and cuts them near 600 px, so "WWW" takes the room of eight "i"s and a count of
// characters misleads. Widths are Arial's (the same as Helvetica's published metrics), in
// thousandths of the font size; anything else counts as a digit's width.
const WIDTHS: Record<string, number> = {
  " ": 278, "!": 278, '"': 355, "#": 556, $: 556, "%": 889, "&": 667, "'": 191, "(": 333, ")": 333, "*": 389, "+": 584, ",": 278, "-": 333, ".": 278, "/": 278,
  ":": 278, ";": 278, "<": 584, "=": 584, ">": 584, "?": 556, "@": 1015, "[": 278, "\\": 278, "]": 278, "^": 469, _: 556, "`": 333, "{": 334, "|": 260, "}": 334, "~": 584,
  A: 667, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 722, I: 278, J: 500, K: 667, L: 556, M: 833, N: 722, O: 778, P: 667, Q: 778, R: 722, S: 667, T: 611, U: 722, V: 667, W: 944, X: 667, Y: 667, Z: 611,
  a: 556, b: 556, c: 500, d: 556, e: 556, f: 278, g: 556, h: 556, i: 222, j: 222, k: 500, l: 222, m: 833, n: 556, o: 556, p: 556, q: 556, r: 333, s: 500, t: 278, u: 556, v: 500, w: 722, x: 500, y: 500, z: 500,
  "‘": 222, "’": 222, "“": 333, "”": 333, "–": 556, "—": 1000, "…": 1000, "§": 556,
};

export const TITLE_FONT_PX = 20;
/** Where a desktop result's title is cut. */
export const TITLE_MAX_PX = 600;

/** The width of `text` in pixels at `fontPx` (Arial). */
export function textWidthPx(text: string, fontPx = TITLE_FONT_PX): number {
  let units = 0;
  for (const ch of text) units += WIDTHS[ch] ?? 556;
  return Math.round((units * fontPx) / 1000);
}

/** How much of `text` fits in `maxPx`: the characters a search result shows before its "…". */
export function fittingLength(text: string, maxPx = TITLE_MAX_PX, fontPx = TITLE_FONT_PX): number {
  let units = 0;
  let length = 0;
  for (const ch of text) {
    units += WIDTHS[ch] ?? 556;
    if ((units * fontPx) / 1000 > maxPx) break;
    length += ch.length;
  }
  return length;
}
