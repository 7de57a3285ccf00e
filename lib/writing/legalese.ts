// Legal phrases and jargon in a post, with the plain words to use instead, from the firm's
// list ("phrase = plain words" a line: lib/writing/legalese-list.ts, edited in Settings).
// Whole words, any case, except that a phrase with a capital after its first letter
// ("the State") matches only so written: "the state of Alabama" is not the prosecutor.

export type LegaleseEntry = { phrase: string; replacement: string };
export type LegaleseMatch = LegaleseEntry & { start: number; end: number; text: string };

export const LEGALESE_LIMITS = { entries: 400, phrase: 60, replacement: 120 } as const;

/** One settings line as an entry; undefined when it is not "phrase = plain words". */
export function parseLegaleseLine(line: string): LegaleseEntry | undefined {
  const at = line.indexOf("=");
  if (at < 0) return undefined;
  const phrase = line.slice(0, at).trim().replace(/\s+/g, " ");
  const replacement = line.slice(at + 1).trim().replace(/\s+/g, " ");
  if (!phrase || !replacement || !/[\p{L}\p{N}]/u.test(phrase)) return undefined;
  return { phrase, replacement };
}

export function parseLegalese(lines: readonly string[]): LegaleseEntry[] {
  return lines.flatMap((line) => parseLegaleseLine(line) ?? []);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const caseSensitive = (phrase: string) => /\p{Lu}/u.test(phrase.slice(1));

/** The list made ready to search: built once per list, used on every keystroke. */
export type LegaleseMatcher = { find: (text: string) => LegaleseMatch[] };

export function legaleseMatcher(entries: readonly LegaleseEntry[]): LegaleseMatcher {
  const byPhrase = new Map<string, LegaleseEntry>();
  for (const entry of entries) byPhrase.set(entry.phrase.toLowerCase(), entry);
  const build = (list: LegaleseEntry[], flags: string, exact: boolean) => {
    if (list.length === 0) return undefined;
    // Longest first: "shall not" before "shall", "writ of certiorari" before "certiorari".
    const terms = [...list]
      .sort((a, b) => b.phrase.length - a.phrase.length)
      .map(({ phrase }) => {
        const body = escape(phrase).replace(/\s+/g, "\\s+");
        // A sentence may start with the phrase: its first letter in either case.
        return exact ? `[${escape(phrase[0]!.toLowerCase())}${escape(phrase[0]!.toUpperCase())}]${body.slice(escape(phrase[0]!).length)}` : body;
      });
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.join("|")})(?![\\p{L}\\p{N}])`, flags);
  };
  const sensitive = [...byPhrase.values()].filter((e) => caseSensitive(e.phrase));
  const insensitive = [...byPhrase.values()].filter((e) => !caseSensitive(e.phrase));
  const patterns = [build(sensitive, "gu", true), build(insensitive, "giu", false)].filter((p): p is RegExp => p !== undefined);
  return {
    find(text) {
      const found: LegaleseMatch[] = [];
      for (const pattern of patterns) {
        for (const m of text.matchAll(pattern)) {
          const entry = byPhrase.get(m[0].replace(/\s+/g, " ").toLowerCase());
          if (entry) found.push({ ...entry, start: m.index, end: m.index + m[0].length, text: m[0] });
        }
      }
      // The two patterns may both match one place ("the State" and "State"): keep the first, longest.
      found.sort((a, b) => a.start - b.start || b.end - a.end);
      let reached = 0;
      return found.filter((m) => {
        if (m.start < reached) return false;
        reached = m.end;
        return true;
      });
    },
  };
}

/** What replaces `match` where it stands: a capital kept at the start of a sentence. */
export function replacementFor(match: Pick<LegaleseMatch, "text" | "replacement">): string {
  const first = match.text[0] ?? "";
  const startsUpper = first !== first.toLowerCase() && match.replacement[0] === match.replacement[0]?.toLowerCase();
  return startsUpper ? match.replacement[0]!.toUpperCase() + match.replacement.slice(1) : match.replacement;
}
