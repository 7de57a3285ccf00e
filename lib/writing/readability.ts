// The plain-language checks of a post: grade level, long sentences and paragraphs, long
// stretches without a subheading, passive voice and legalese, on the body, the title and the
// excerpt. Warnings only: nothing here stops publishing.
import { countText, grades, overallGrade, TARGET_GRADE, type Counts, type Grades } from "./grade-level";
import type { LegaleseMatcher } from "./legalese";
import { findPassive, PASSIVE_TARGET } from "./passive-voice";
import type { PostDocument } from "./post-document";
import { sentences, words, type Sentence } from "./text-units";

export const READABILITY_LIMITS = {
  sentenceWords: 20,
  /** At most this share of sentences may be long. */
  longSentenceShare: 0.25,
  paragraphWords: 150,
  wordsWithoutSubheading: 300,
  passiveShare: PASSIVE_TARGET,
  grade: TARGET_GRADE,
} as const;

export type WritingField = "title" | "excerpt" | "body";

export type WritingFinding = {
  kind: "legalese" | "long-sentence" | "passive" | "long-paragraph" | "no-subheading";
  field: WritingField;
  /** The body block it is in; 0 for the title and the excerpt. */
  block: number;
  start: number;
  end: number;
  /** The words it is about. */
  text: string;
  /** For legalese: the plain words to put instead. */
  replacement?: string;
};

export type HardSentence = { field: WritingField; block: number; start: number; end: number; text: string; grade: number };

export type ReadabilityReport = {
  words: number;
  sentences: number;
  grades: Grades | null;
  grade: number | null;
  longSentences: number;
  passiveSentences: number;
  /** The sentences that raise the grade most, hardest first (at most three, all above the target). */
  hardest: HardSentence[];
  findings: WritingFinding[];
  /** 0–100; null for a post with no text yet. */
  score: number | null;
};

type Piece = { field: WritingField; block: number; text: string; kind: PostDocument["blocks"][number]["kind"] };

/** Full marks at `good` or better, none at `bad`, a straight line between. */
export function scale(value: number, good: number, bad: number): number {
  if (value <= good) return 1;
  if (value >= bad) return 0;
  return (bad - value) / (bad - good);
}

export function analyseReadability(doc: PostDocument, title: string, excerpt: string, legalese: LegaleseMatcher): ReadabilityReport {
  const pieces: Piece[] = [
    { field: "title", block: 0, text: title, kind: "heading" },
    { field: "excerpt", block: 0, text: excerpt, kind: "paragraph" },
    ...doc.blocks.map((b, block) => ({ field: "body" as const, block, text: b.text, kind: b.kind })),
  ];
  const findings: WritingFinding[] = [];
  const bodySentences: (Sentence & { block: number })[] = [];
  let passiveSentences = 0;
  let longSentences = 0;
  let sinceHeading = 0;
  let flaggedRun = false;
  let bodyWords = 0;

  for (const piece of pieces) {
    if (!piece.text.trim()) continue;
    for (const m of legalese.find(piece.text)) {
      findings.push({ kind: "legalese", field: piece.field, block: piece.block, start: m.start, end: m.end, text: m.text, replacement: m.replacement });
    }
    const passives = findPassive(piece.text);
    for (const p of passives) findings.push({ kind: "passive", field: piece.field, block: piece.block, start: p.start, end: p.end, text: p.text });
    if (piece.field === "body" && piece.kind === "heading") {
      sinceHeading = 0;
      flaggedRun = false;
      continue;
    }
    const list = sentences(piece.text);
    for (const s of list) {
      if (s.words > READABILITY_LIMITS.sentenceWords) {
        findings.push({ kind: "long-sentence", field: piece.field, block: piece.block, start: s.start, end: s.end, text: s.text });
      }
      if (piece.field !== "body") continue;
      bodySentences.push({ ...s, block: piece.block });
      if (s.words > READABILITY_LIMITS.sentenceWords) longSentences += 1;
      if (passives.some((p) => p.start >= s.start && p.start < s.end)) passiveSentences += 1;
    }
    if (piece.field !== "body") continue;
    const count = words(piece.text).length;
    bodyWords += count;
    if (piece.kind === "paragraph" && count > READABILITY_LIMITS.paragraphWords) {
      findings.push({ kind: "long-paragraph", field: "body", block: piece.block, start: 0, end: piece.text.length, text: piece.text });
    }
    sinceHeading += count;
    if (sinceHeading > READABILITY_LIMITS.wordsWithoutSubheading && !flaggedRun) {
      // Where the stretch passes the limit: a subheading belongs about here.
      flaggedRun = true;
      findings.push({ kind: "no-subheading", field: "body", block: piece.block, start: 0, end: piece.text.length, text: piece.text });
    }
  }

  // Each sentence counted once: for the whole post's grade and for its own.
  const perSentence = bodySentences.map((s) => countText([s]));
  const counts = perSentence.reduce<Counts>(
    (sum, c) => ({ sentence: sum.sentence + c.sentence, word: sum.word + c.word, syllable: sum.syllable + c.syllable, letter: sum.letter + c.letter }),
    { sentence: 0, word: 0, syllable: 0, letter: 0 },
  );
  const g = grades(counts);
  const grade = g ? overallGrade(g) : null;
  const hardest = bodySentences
    .map((s, i) => {
      const one = s.words >= 6 ? grades(perSentence[i]!) : null;
      return { field: "body" as const, block: s.block, start: s.start, end: s.end, text: s.text, grade: one ? overallGrade(one) : 0 };
    })
    .filter((s) => s.grade > READABILITY_LIMITS.grade)
    .sort((a, b) => b.grade - a.grade)
    .slice(0, 3);

  const order: Record<WritingField, number> = { title: 0, excerpt: 1, body: 2 };
  findings.sort((a, b) => order[a.field] - order[b.field] || a.block - b.block || a.start - b.start);

  const total = bodySentences.length;
  let score: number | null = null;
  if (grade !== null && total > 0) {
    const legaleseFound = findings.filter((f) => f.kind === "legalese").length;
    const structure = findings.filter((f) => f.kind === "long-paragraph" || f.kind === "no-subheading").length;
    const parts = [
      [35, scale(grade, READABILITY_LIMITS.grade, 14)],
      [20, scale(longSentences / total, READABILITY_LIMITS.longSentenceShare, 0.5)],
      [15, scale(passiveSentences / total, READABILITY_LIMITS.passiveShare, 0.3)],
      // Each legal phrase costs 15% of what is left of these points in 300 words, less in a longer post.
      [20, 0.85 ** ((legaleseFound * 300) / Math.max(bodyWords, 300))],
      [10, scale(structure, 0, 3)],
    ] as const;
    score = Math.round(parts.reduce((sum, [weight, part]) => sum + weight * part, 0));
  }
  return { words: bodyWords, sentences: total, grades: g, grade, longSentences, passiveSentences, hardest, findings, score };
}
