import { describe, expect, it } from "vitest";
import { findPassive } from "./passive-voice";

const flagged = (text: string) => findPassive(text).map((m) => m.text);

describe("passive voice", () => {
  // Each pair says one thing twice: actively, then passively.
  const pairs: [string, string, string][] = [
    ["The prosecutor dropped the charges.", "The charges were dropped by the prosecutor.", "were dropped"],
    ["The officer did not tell him his rights.", "He was not told his rights.", "was not told"],
    ["The judge wrote the order.", "The order was written by the judge.", "was written"],
    ["The court dismissed the case.", "The case got dismissed.", "got dismissed"],
    ["The police are holding him.", "He is being held at the county jail.", "being held"],
    ["A grand jury indicted her.", "She has been formally indicted.", "been formally indicted"],
    ["Someone took the statement.", "The statement was taken at the station.", "was taken"],
  ];
  for (const [active, passive, words] of pairs) {
    it(`“${passive}” is passive; “${active}” is not`, () => {
      expect(flagged(active)).toEqual([]);
      expect(flagged(passive)).toEqual([words]);
    });
  }

  it("leaves states of mind alone (“I was scared”)", () => {
    expect(flagged("I was scared and my family was worried. We are interested in a plea.")).toEqual([]);
  });

  it("gives the place of each one", () => {
    const text = "He was arrested. Bail was set.";
    expect(findPassive(text).map((m) => text.slice(m.start, m.end))).toEqual(["was arrested", "was set"]);
  });
});
