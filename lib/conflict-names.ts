// The conflict check's name matching: "John Q. Smith", "john  smith", "SMITH, John" and
// "Jóhn Smith Jr." are one person; "John Smithson" is not.
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "v", "esq"]);

/** A name's key: first and last name, lower case, no accents, punctuation or middle names. */
export function nameKey(name: string): string | undefined {
  let text = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  // "Smith, John Q." → "John Q. Smith"
  const comma = text.split(",");
  if (comma.length === 2 && comma[0]!.trim() && comma[1]!.trim()) text = `${comma[1]} ${comma[0]}`;
  const words = text
    .replace(/[^\p{L}\p{N}\s'-]/gu, " ")
    .replace(/['-]/g, "")
    .split(/\s+/)
    .filter((word) => word && !SUFFIXES.has(word));
  if (words.length === 0) return undefined;
  if (words.length === 1) return words[0];
  return `${words[0]} ${words.at(-1)}`;
}

/** The names in an "other people involved" answer: one per line, or separated by ; , & or "and". */
export function splitNames(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/[\n;,&]|\band\b/i)
    .map((part) => part.trim())
    .filter((part) => /\p{L}/u.test(part));
}

export type NamedInquiry = { id: number; name: string; otherParties: string | null };
export type ConflictMatch<T extends NamedInquiry> = {
  inquiry: T;
  /** How it matched, for the page: which name of this inquiry met which name of the other. */
  reasons: { ours: string; theirs: string; theirRole: "person" | "other party" }[];
};

/** Other inquiries whose person or other people share a name with this one's. */
export function findConflicts<T extends NamedInquiry>(current: NamedInquiry, others: readonly T[]): ConflictMatch<T>[] {
  const ours = new Map<string, string>();
  for (const name of [current.name, ...splitNames(current.otherParties)]) {
    const key = nameKey(name);
    if (key && !ours.has(key)) ours.set(key, name);
  }
  const matches: ConflictMatch<T>[] = [];
  for (const other of others) {
    if (other.id === current.id) continue;
    const reasons: ConflictMatch<T>["reasons"] = [];
    const theirs = [
      { name: other.name, role: "person" as const },
      ...splitNames(other.otherParties).map((name) => ({ name, role: "other party" as const })),
    ];
    for (const candidate of theirs) {
      const key = nameKey(candidate.name);
      const mine = key ? ours.get(key) : undefined;
      if (mine) reasons.push({ ours: mine, theirs: candidate.name, theirRole: candidate.role });
    }
    if (reasons.length) matches.push({ inquiry: other, reasons });
  }
  return matches;
}
