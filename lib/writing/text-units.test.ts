import { describe, expect, it } from "vitest";
import { sentences, words } from "./text-units";

describe("sentences", () => {
  it("ends at full stops, questions and exclamations, not at legal abbreviations", () => {
    const text = "See Ala. Code § 13A-6-2 for the rule. The case is Smith v. Jones. Mr. Smith went home! Did he? Yes.";
    expect(sentences(text).map((s) => s.text)).toEqual(["See Ala. Code § 13A-6-2 for the rule.", "The case is Smith v. Jones.", "Mr. Smith went home!", "Did he?", "Yes."]);
  });

  it("gives each sentence's place in the text and its words", () => {
    const text = "  Call us. We answer at night.";
    const [first, second] = sentences(text);
    expect(text.slice(first!.start, first!.end)).toBe("Call us.");
    expect(text.slice(second!.start, second!.end)).toBe("We answer at night.");
    expect([first!.words, second!.words]).toEqual([2, 4]);
  });

  it("a quotation ending a sentence stays with it", () => {
    expect(sentences("She said “I want to drop it.” The prosecutor said no.").map((s) => s.text)).toEqual(["She said “I want to drop it.”", "The prosecutor said no."]);
  });
});

describe("words", () => {
  it("keeps contractions and code sections whole", () => {
    expect(words("Don't panic: § 13A-6-2 applies.")).toEqual(["Don't", "panic", "13A-6-2", "applies"]);
  });
});
