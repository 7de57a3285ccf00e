// How hard a text is to read, as a US school grade, by two published formulas: Flesch-Kincaid
// (syllables per word) and Coleman-Liau (letters per word), so one formula's blind spot (long
// words of few syllables, or the reverse) does not decide alone. The constants are the
// packages'; the counting is ours (text-units.ts).
import { colemanLiau } from "coleman-liau";
import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { countLetters, words, type Sentence } from "./text-units";

export type Counts = { sentence: number; word: number; syllable: number; letter: number };

/** The grade readers of the firm's posts should manage: many read at an eighth-grade level or below. */
export const TARGET_GRADE = 8;

const syllableCache = new Map<string, number>();
/** Syllables in one word; memoised, since a post repeats most of its words. */
function syllables(word: string): number {
  const key = word.toLowerCase();
  let n = syllableCache.get(key);
  if (n === undefined) {
    n = /\p{L}/u.test(key) ? Math.max(1, syllable(key)) : 1;
    if (syllableCache.size < 50_000) syllableCache.set(key, n);
  }
  return n;
}

export function countText(sentenceList: Sentence[]): Counts {
  const counts: Counts = { sentence: 0, word: 0, syllable: 0, letter: 0 };
  for (const s of sentenceList) {
    const list = words(s.text);
    counts.sentence += 1;
    counts.word += list.length;
    for (const w of list) {
      counts.syllable += syllables(w);
      counts.letter += countLetters(w);
    }
  }
  return counts;
}

export type Grades = { fleschKincaid: number; colemanLiau: number };

/** Both grades, rounded to one decimal and never below 0; null for text with no words. */
export function grades(counts: Counts): Grades | null {
  if (counts.word === 0 || counts.sentence === 0) return null;
  const round = (n: number) => Math.max(0, Math.round(n * 10) / 10);
  return { fleschKincaid: round(fleschKincaid(counts)), colemanLiau: round(colemanLiau(counts)) };
}

/** The grade the panel shows: the mean of the two, so neither formula decides alone. */
export function overallGrade(g: Grades): number {
  return Math.round(((g.fleschKincaid + g.colemanLiau) / 2) * 10) / 10;
}
