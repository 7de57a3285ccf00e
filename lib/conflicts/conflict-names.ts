// The conflict check's name matching. It errs towards a match: a name the attorney has to
// look at twice costs a minute, a conflict missed costs the case. "Daniel R. López",
// "Dan Lopez", "D. Lopez", "LOPEZ, Daniel" and "Daniel Lopez Jr." are one person (and
// "Danielle Lopez" may be); "Diana Lopez", "Dan Lopezz" and "Daniel J. Lopez" beside
// "Daniel R. Lopez" are not.
import type { ConflictRole } from "./conflict-roles";

const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "v", "esq"]);

// Short forms people go by that are not the start of the name they stand for ("Dan" is
// the start of "Daniel" and needs no entry). Each group is one name.
const NICKNAMES: readonly (readonly string[])[] = [
  ["william", "bill", "billy", "will", "willie", "liam"],
  ["robert", "bob", "bobby", "rob", "robbie", "bert"],
  ["richard", "dick", "rick", "ricky", "rich"],
  ["margaret", "peggy", "maggie", "meg", "marge", "greta"],
  ["elizabeth", "liz", "beth", "betty", "betsy", "eliza", "lisa"],
  ["james", "jim", "jimmy", "jamie"],
  ["john", "jack", "johnny"],
  ["thomas", "tom", "tommy"],
  ["charles", "chuck", "charlie"],
  ["edward", "ed", "eddie", "ted", "ned"],
  ["katherine", "catherine", "kathy", "cathy", "kate", "katie", "kat"],
  ["michael", "mike", "mikey"],
  ["anthony", "tony"],
  ["joseph", "joe", "joey"],
  ["jose", "pepe"],
  ["francisco", "paco", "pancho", "frank"],
  ["guadalupe", "lupe"],
  ["alejandro", "alex", "ale"],
  ["henry", "hank", "harry"],
  ["lawrence", "larry"],
  ["patricia", "pat", "patty", "trish"],
  ["rebecca", "becky"],
  ["susan", "sue", "suzy"],
  ["deborah", "debbie", "deb"],
  ["jennifer", "jen", "jenny"],
  ["christopher", "chris", "kit"],
  ["nicholas", "nick", "nicky"],
  ["gregory", "greg"],
  ["steven", "stephen", "steve"],
];

const NICKNAME_GROUP = new Map<string, number>();
NICKNAMES.forEach((group, i) => group.forEach((name) => NICKNAME_GROUP.set(name, i)));

export type ParsedName = { first: string; middles: string[]; last: string };

/** The words of a name, lower case, without accents, punctuation or suffixes; "Smith, John" read as "John Smith". */
function nameWords(name: string): string[] {
  let text = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  const comma = text.split(",");
  if (comma.length === 2 && comma[0]!.trim() && comma[1]!.trim()) text = `${comma[1]} ${comma[0]}`;
  return text
    .replace(/[^\p{L}\p{N}\s'-]/gu, " ")
    .replace(/'/g, "")
    .split(/\s+/)
    .map((word) => word.replace(/^-+|-+$/g, ""))
    .filter((word) => word && !SUFFIXES.has(word));
}

/** First, middle and last names; undefined for a text with no letters. */
export function parseName(name: string): ParsedName | undefined {
  const words = nameWords(name);
  if (words.length === 0) return undefined;
  if (words.length === 1) return { first: "", middles: [], last: words[0]! };
  return { first: words[0]!, middles: words.slice(1, -1), last: words.at(-1)! };
}

/** "Daniel" and "Dan", "D" and "Daniel", "Robert" and "Bob": names one person may go by. */
function sameFirstName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 1) return long.startsWith(short);
  if (short.length >= 3 && long.startsWith(short)) return true;
  const group = NICKNAME_GROUP.get(short);
  return group !== undefined && group === NICKNAME_GROUP.get(long);
}

/** "garcia-lopez" and "lopez", or "garcialopez" and "garcia-lopez": one family name. */
function sameLastName(a: string, b: string): boolean {
  if (a.replace(/-/g, "") === b.replace(/-/g, "")) return true;
  const partsA = a.split("-");
  const partsB = b.split("-");
  return (partsA.length > 1 && partsA.includes(b)) || (partsB.length > 1 && partsB.includes(a));
}

/** Whether two parsed names may be one person (see the note at the top). */
export function sameParsedName(a: ParsedName, b: ParsedName): boolean {
  if (!sameLastName(a.last, b.last)) return false;
  // A lone word matches only the same lone word: "Lopez" alone says too little.
  if (!a.first || !b.first) return !a.first && !b.first;
  if (!sameFirstName(a.first, b.first)) return false;
  // Middle names are often left out; two that are given and start differently are two people.
  if (a.middles.length && b.middles.length && a.middles[0]![0] !== b.middles[0]![0]) return false;
  return true;
}

export function sameName(a: string, b: string): boolean {
  const pa = parseName(a);
  const pb = parseName(b);
  return pa !== undefined && pb !== undefined && sameParsedName(pa, pb);
}

/** The names in an "other people involved" answer: one per line, or separated by ; , & or "and". */
export function splitNames(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/[\n;,&]|\band\b/i)
    .map((part) => part.trim())
    .filter((part) => /\p{L}/u.test(part));
}

/** Who a name is in an inquiry. */
export type InquiryNameRole = "sender" | "person charged" | "other party";

export type NamedInquiry = { id: number; name: string; personCharged: string | null; otherParties: string | null };

/** Every name an inquiry gives, with who each one is. */
export function inquiryNames(inquiry: Omit<NamedInquiry, "id">): { name: string; role: InquiryNameRole }[] {
  return [
    { name: inquiry.name, role: "sender" as const },
    ...(inquiry.personCharged ? [{ name: inquiry.personCharged, role: "person charged" as const }] : []),
    ...splitNames(inquiry.otherParties).map((name) => ({ name, role: "other party" as const })),
  ];
}

type Ours = { name: string; role: InquiryNameRole; parsed: ParsedName };

function parsedNames(current: Omit<NamedInquiry, "id">): Ours[] {
  const ours: Ours[] = [];
  for (const { name, role } of inquiryNames(current)) {
    const parsed = parseName(name);
    if (parsed) ours.push({ name, role, parsed });
  }
  return ours;
}

export type ConflictReason<Role> = { ours: string; ourRole: InquiryNameRole; theirs: string; theirRole: Role };
export type ConflictMatch<T extends NamedInquiry> = { inquiry: T; reasons: ConflictReason<InquiryNameRole>[] };

/** Other inquiries that share a name with this one (sender, person charged or other people, any way round). */
export function findConflicts<T extends NamedInquiry>(current: NamedInquiry, others: readonly T[]): ConflictMatch<T>[] {
  const ours = parsedNames(current);
  const matches: ConflictMatch<T>[] = [];
  for (const other of others) {
    if (other.id === current.id) continue;
    const reasons = reasonsFor(ours, inquiryNames(other));
    if (reasons.length) matches.push({ inquiry: other, reasons });
  }
  return matches;
}

export type ListedParty = { id: number; name: string; role: ConflictRole; matter: string };
export type ListMatch<T extends ListedParty> = { party: T; reasons: ConflictReason<ConflictRole>[] };

/** Entries of the firm's conflict list that share a name with this inquiry. */
export function findListConflicts<T extends ListedParty>(current: Omit<NamedInquiry, "id">, list: readonly T[]): ListMatch<T>[] {
  const ours = parsedNames(current);
  const matches: ListMatch<T>[] = [];
  for (const party of list) {
    const reasons = reasonsFor(ours, [{ name: party.name, role: party.role }]);
    if (reasons.length) matches.push({ party, reasons });
  }
  return matches;
}

function reasonsFor<Role>(ours: Ours[], theirs: { name: string; role: Role }[]): ConflictReason<Role>[] {
  const reasons: ConflictReason<Role>[] = [];
  for (const their of theirs) {
    const parsed = parseName(their.name);
    if (!parsed) continue;
    const mine = ours.find((o) => sameParsedName(o.parsed, parsed));
    if (mine) reasons.push({ ours: mine.name, ourRole: mine.role, theirs: their.name, theirRole: their.role });
  }
  return reasons;
}
