// Passive voice: a form of "be" (or "get") followed, perhaps after an adverb or "not", by a
// past participle: "the charges were dropped", "he was not told". The same rule retext-passive
// uses (its code is not reusable outside a unified pipeline); ours returns offsets for the
// editor. Adjectives that look like participles after "be" ("I was scared") are left alone.

const BE = "am|is|are|was|were|be|been|being|get|gets|got|gotten|getting|isn['’]t|aren['’]t|wasn['’]t|weren['’]t";

// Past participles that do not end in -ed (the ones legal and everyday writing uses).
const IRREGULAR = [
  "arisen", "awoken", "beaten", "become", "begun", "bent", "bet", "bid", "bitten", "blown", "born", "borne", "bought", "bound", "broken", "brought", "built", "burnt", "cast", "caught", "chosen", "cut", "dealt", "done", "drawn", "driven", "dug", "eaten", "fed", "felt", "fought", "found", "forbidden", "forgiven", "forgotten", "frozen", "given", "gone", "ground", "grown", "held", "heard", "hidden", "hit", "hung", "hurt", "kept", "known", "laid", "led", "left", "lent", "let", "lost", "made", "meant", "met", "mistaken", "overcome", "overheard", "overseen", "overtaken", "overthrown", "paid", "proven", "put", "quit", "read", "rid", "said", "seen", "sent", "set", "shaken", "shot", "shown", "shut", "slain", "sold", "sought", "spent", "spoken", "spread", "stolen", "struck", "stuck", "sung", "sworn", "taken", "taught", "thought", "thrown", "told", "torn", "understood", "undertaken", "upheld", "withdrawn", "withheld", "won", "worn", "written", "wrung",
];

// Words after "be" that end in -ed but describe a state, not an action done to someone.
const STATE_ADJECTIVES = new Set([
  "tired", "scared", "worried", "interested", "married", "concerned", "supposed", "used", "excited", "bored", "confused", "frightened", "terrified", "ashamed", "embarrassed", "overwhelmed", "stressed", "relieved", "pleased", "satisfied", "disappointed", "surprised", "shocked", "upset", "prepared", "qualified", "related", "involved", "located", "based", "entitled", "required", "allowed", "permitted", "needed", "indeed", "advised", "tempted", "unemployed", "employed", "licensed", "detailed", "limited", "red", "bed", "need", "ahead",
]);

const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}'’])(?:${BE})(?:\\s+(?:not|never|also|just|often|already|usually|then|\\p{L}+ly))?\\s+(\\p{L}+ed|${IRREGULAR.join("|")})(?![\\p{L}\\p{N}])`,
  "giu",
);

export type PassiveMatch = { start: number; end: number; text: string };

/** Each passive construction in `text`: from the "be" to the participle. */
export function findPassive(text: string): PassiveMatch[] {
  const out: PassiveMatch[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const participle = m[1]!.toLowerCase();
    if (STATE_ADJECTIVES.has(participle)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** The share of sentences readers find easy at most in the passive voice. */
export const PASSIVE_TARGET = 0.1;
