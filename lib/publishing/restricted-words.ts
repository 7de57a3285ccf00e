// The check the editor runs before publishing: words that lawyers' advertising rules
// restrict ("specialist", "expert", "guarantee", "best"...), and statements of past results
// without the disclaimer the rules ask for. It warns and shows each place; it never blocks.
// The words and the disclaimer are settings (rules change; the firm's lawyer confirms
// them). The browser runs this (the editor); so can the server.

export type RestrictedRules = {
  /** Words and phrases to flag, one each. */
  words: string[];
  /** Phrases that state a past result ("we won", "acquitted"). */
  pastResultPhrases: string[];
  /** The disclaimer a past result needs; with it in the text, past results are not flagged. */
  resultsDisclaimer: string;
  /** Certifications the author's profile records: "certified" is then allowed. */
  authorCertified: boolean;
};

export type Finding = {
  /** The word as written in the text. */
  match: string;
  kind: "restricted" | "certified" | "past-result";
  /** Where it is: "title", "excerpt", "body". */
  field: string;
  index: number;
  /** A few words around it, for the list of warnings. */
  before: string;
  after: string;
};

export const FINDING_ADVICE: Record<Finding["kind"], string> = {
  restricted: "Advertising rules restrict this word for lawyers. Reword it unless the rules allow it here.",
  certified: "Say “certified” only for a certification recorded in the author’s profile.",
  "past-result": "A past result needs the results disclaimer (Settings) in the post.",
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One pattern for a list of words: whole words, any case, a plural "s" or "es" allowed. */
export function wordsPattern(words: string[]): RegExp | undefined {
  const terms = words
    .map((w) => w.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/\s+/g, "\\s+"));
  if (terms.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.join("|")})(?:e?s)?(?![\\p{L}\\p{N}])`, "giu");
}

/** Patterns for each kind of finding under these rules, given all the text being checked. */
export function rulePatterns(rules: RestrictedRules, allText: string): { kind: Finding["kind"]; pattern: RegExp }[] {
  const certified = rules.words.filter((w) => /^certified$/i.test(w.trim()));
  const others = rules.words.filter((w) => !/^certified$/i.test(w.trim()));
  const disclaimer = rules.resultsDisclaimer.trim().toLowerCase();
  const hasDisclaimer = disclaimer !== "" && allText.toLowerCase().replace(/\s+/g, " ").includes(disclaimer.replace(/\s+/g, " "));
  const list: { kind: Finding["kind"]; words: string[] }[] = [
    { kind: "restricted", words: others },
    { kind: "certified", words: rules.authorCertified ? [] : certified },
    { kind: "past-result", words: hasDisclaimer ? [] : rules.pastResultPhrases },
  ];
  return list.flatMap(({ kind, words }) => {
    const pattern = wordsPattern(words);
    return pattern ? [{ kind, pattern }] : [];
  });
}

/** Every place in `texts` (field → plain text) that the rules flag, in reading order. */
export function findRestricted(texts: { field: string; text: string }[], rules: RestrictedRules): Finding[] {
  const allText = texts.map((t) => t.text).join("\n");
  // The results disclaimer itself may use a restricted word ("no guarantee"): not flagged there.
  const disclaimer = rules.resultsDisclaimer.trim();
  const patterns = rulePatterns(rules, allText);
  const findings: Finding[] = [];
  for (const { field, text } of texts) {
    const masked = disclaimer ? text.split(disclaimer).join(" ".repeat(disclaimer.length)) : text;
    for (const { kind, pattern } of patterns) {
      for (const m of masked.matchAll(pattern)) {
        const index = m.index;
        findings.push({
          match: text.slice(index, index + m[0].length),
          kind,
          field,
          index,
          before: text.slice(Math.max(0, index - 40), index).replace(/^\S*\s/, "…"),
          after: text.slice(index + m[0].length, index + m[0].length + 40).replace(/\s\S*$/, "…"),
        });
      }
    }
  }
  const order = new Map(texts.map((t, i) => [t.field, i]));
  return findings.sort((a, b) => order.get(a.field)! - order.get(b.field)! || a.index - b.index);
}
