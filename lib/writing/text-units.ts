// Sentences and words of plain text, with where each starts, so a check can point at the
// words it means (the editor turns offsets into highlights). Rules of thumb, not a parser:
// legal prose's abbreviations ("v.", "Ala. Code §", "U.S.") must not end a sentence.

export type Sentence = { text: string; start: number; end: number; words: number };

const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

// Abbreviations a legal or everyday sentence carries without ending there (lower case, no dot).
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "nos", "vs", "v", "etc", "e.g", "i.e", "inc", "co", "corp", "ltd", "ala", "u.s", "u.s.c", "sec", "art", "para", "p", "pp", "ch", "cir", "app", "ct", "ed", "ex", "gen", "gov", "hon", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "est", "fig", "a.m", "p.m",
]);

/** The words of `text` ("don't", "U.S.", "13A-6-2" are one word each). */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

const NOT_LETTER = /[^\p{L}\p{N}]/gu;

/** Letters and digits in `text` (for one word, mostly its length: counted for every word of a post). */
export function countLetters(text: string): number {
  return text.length - (text.match(NOT_LETTER)?.length ?? 0);
}

const WORDISH = /[\p{L}.]/u;

/** The run of letters and dots just before `end` ("Ala", "u.s"), lower case: read backwards, a few characters at most. */
function wordBefore(text: string, end: number, from: number): string {
  let start = end;
  while (start > from && end - start < 12 && WORDISH.test(text[start - 1]!)) start--;
  return text.slice(start, end).toLowerCase();
}

/** Where sentences end: punctuation, closing quotes, then space and a capital, digit or quote; or a line break. */
const BOUNDARY = /[.!?…]+["”’)\]]*(?=\s+["“‘(\[]?[\p{Lu}\p{N}])|\n+/gu;

/** The sentences of `text`, in order, each with its offsets in `text` (trimmed). */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (end: number) => {
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const piece = raw.trim();
    if (piece) {
      const count = words(piece).length;
      if (count > 0) out.push({ text: piece, start: from + lead, end: from + lead + piece.length, words: count });
    }
  };
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    if (m[0][0] !== "\n") {
      // "Ala." or "v." before the dot: not the end of a sentence.
      const before = m[0].startsWith(".") ? wordBefore(text, m.index, from) : "";
      if (before && (ABBREVIATIONS.has(before) || /^\p{L}$/u.test(before))) continue;
    }
    push(end);
    from = end;
  }
  push(text.length);
  return out;
}
