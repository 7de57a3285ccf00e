import { describe, expect, it } from "vitest";
import { DEFAULT_LEGALESE } from "./legalese-list";
import { legaleseMatcher, parseLegalese, parseLegaleseLine, replacementFor } from "./legalese";

const entries = parseLegalese(DEFAULT_LEGALESE);
const matcher = legaleseMatcher(entries);

/** `text` with every match put in plain words, as the panel's buttons do one at a time. */
function replaceAll(text: string): string {
  let out = text;
  for (const m of matcher.find(text).reverse()) out = out.slice(0, m.start) + replacementFor(m) + out.slice(m.end);
  return out;
}

describe("the legalese list", () => {
  it("has at least 150 entries, each a phrase and its plain words, no phrase twice", () => {
    expect(entries.length).toBe(DEFAULT_LEGALESE.length);
    expect(entries.length).toBeGreaterThanOrEqual(150);
    expect(new Set(entries.map((e) => e.phrase.toLowerCase())).size).toBe(entries.length);
  });

  for (const entry of entries) {
    it(`finds “${entry.phrase}” and puts “${entry.replacement}”`, () => {
      const text = `We told them ${entry.phrase} yesterday.`;
      const found = matcher.find(text);
      expect(found.map((m) => m.phrase)).toEqual([entry.phrase]);
      expect(replaceAll(text)).toBe(`We told them ${entry.replacement} yesterday.`);
    });
  }
});

describe("finding legalese", () => {
  it("matches whole words in any case, and keeps a capital at the start of a sentence", () => {
    const text = "Prior to the hearing, call us. Pursuant to the rule, reprior to nothing.";
    expect(matcher.find(text).map((m) => m.text)).toEqual(["Prior to", "Pursuant to"]);
    expect(replaceAll(text)).toBe("Before the hearing, call us. Under the rule, reprior to nothing.");
  });

  it("“the State” means the prosecutor only when so written", () => {
    expect(replaceAll("The State must prove it. The state of Alabama is large.")).toBe("The prosecutor must prove it. The state of Alabama is large.");
  });

  it("prefers the longer phrase (“shall not” over “shall”)", () => {
    expect(replaceAll("You shall not speak; you shall listen.")).toBe("You must not speak; you must listen.");
  });

  it("finds a phrase across a line break or double space", () => {
    expect(matcher.find("in  the\nevent that it rains").map((m) => m.phrase)).toEqual(["in the event that"]);
  });
});

describe("a settings line", () => {
  it("is a phrase, an equals sign and the plain words", () => {
    expect(parseLegaleseLine("  in   lieu of =  instead of ")).toEqual({ phrase: "in lieu of", replacement: "instead of" });
    expect(parseLegaleseLine("no equals sign")).toBeUndefined();
    expect(parseLegaleseLine("= nothing before")).toBeUndefined();
    expect(parseLegaleseLine("nothing after =")).toBeUndefined();
  });
});
