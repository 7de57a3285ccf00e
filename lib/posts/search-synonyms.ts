// The firm's synonyms for search (Settings → Search): a line per group of words that mean
// the same to the people who search ("bail, bond, bondsman"). A word typed finds posts and
// pages with any word of its group. No server imports: plain text rules.

/** The groups as typed, one per line, words or short phrases separated by commas; lower case. */
export function synonymGroups(lines: readonly string[]): string[][] {
  return lines
    .map((line) =>
      line
        .split(",")
        .map((term) => term.trim().toLowerCase().replace(/\s+/g, " "))
        .filter(Boolean),
    )
    .filter((group) => group.length > 1);
}

// "bondsmen" and "bonds" find their group as "bondsman" and "bond" do.
const singular = (word: string) => word.replace(/men$/, "man").replace(/(?<=[^s])s$/, "");

/** The word and what its group adds: what a search for `word` looks for. */
export function alternativesOf(word: string, groups: readonly string[][]): string[] {
  const lower = word.toLowerCase();
  const group = groups.find((terms) => terms.some((term) => term === lower || singular(term) === singular(lower)));
  return group ? [lower, ...group.filter((term) => term !== lower)] : [lower];
}

/** What the firm starts with: the words its visitors use for the same thing. */
export const DEFAULT_SEARCH_SYNONYMS = [
  "bail, bond, bondsman, bail bond",
  "DUI, DWI, drunk driving, OWI",
  "jail, custody, arrested",
  "expungement, expunge, record sealing, clear my record",
  "lawyer, attorney, counsel",
  "drugs, possession, controlled substance",
  "probation, probation violation",
  "warrant, bench warrant",
];
