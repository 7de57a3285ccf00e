import type { WritingFinding } from "@/lib/writing/readability";

/** How the panel names each kind of finding, and what it advises. */
export const FINDING_GROUPS: { kind: WritingFinding["kind"]; title: string; advice: string }[] = [
  { kind: "legalese", title: "Legal words", advice: "Plain words reach more readers. Replace, or explain the term." },
  { kind: "long-sentence", title: "Long sentences", advice: "Over 20 words: split it in two." },
  { kind: "passive", title: "Passive voice", advice: "Say who does what: “the prosecutor dropped the charges”." },
  { kind: "long-paragraph", title: "Long paragraphs", advice: "Over 150 words: break it up." },
  { kind: "no-subheading", title: "Missing subheadings", advice: "Over 300 words without a subheading: add one about here." },
];

export const FIELD_NAMES: Record<WritingFinding["field"], string> = { title: "Title", excerpt: "Excerpt", body: "Body" };

/** A finding in a few words, for lists and the status line. */
export function findingLabel(f: WritingFinding): string {
  const words = f.text.split(/\s+/);
  const shown = words.length > 8 ? `${words.slice(0, 8).join(" ")}…` : f.text;
  return f.field === "body" ? shown : `${FIELD_NAMES[f.field]}: ${shown}`;
}
