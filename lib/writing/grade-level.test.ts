import { describe, expect, it } from "vitest";
import { countText, grades, overallGrade } from "./grade-level";
import { sentences } from "./text-units";

const gradesOf = (text: string) => grades(countText(sentences(text)));

// Counts by hand, then each formula by hand:
//   Flesch-Kincaid = 0.39 × words/sentences + 11.8 × syllables/words − 15.59
//   Coleman-Liau   = 0.0588 × letters per 100 words − 0.296 × sentences per 100 words − 15.8
describe("grade level", () => {
  it("a sentence of long words: grade 10 by syllables, 17 by letters", () => {
    // The(1,3) defendant(3,9) appeared(2,8) before(2,6) the(1,3) magistrate(3,10)
    const text = "The defendant appeared before the magistrate.";
    expect(countText(sentences(text))).toEqual({ sentence: 1, word: 6, syllable: 12, letter: 39 });
    const g = gradesOf(text)!;
    expect(g.fleschKincaid).toBeCloseTo(0.39 * 6 + 11.8 * (12 / 6) - 15.59, 1); // 10.35
    expect(g.colemanLiau).toBeCloseTo(0.0588 * ((39 / 6) * 100) - 0.296 * ((1 / 6) * 100) - 15.8, 1); // 17.49
  });

  it("two plainer sentences: grade 7.6 and 8.3", () => {
    // The(1,3) prosecutor(4,10) decided(3,7) to(1,2) drop(1,4) the(1,3) charges(2,7). The(1,3) victim(2,6) agreed(2,6).
    const text = "The prosecutor decided to drop the charges. The victim agreed.";
    expect(countText(sentences(text))).toEqual({ sentence: 2, word: 10, syllable: 18, letter: 51 });
    const g = gradesOf(text)!;
    expect(g.fleschKincaid).toBeCloseTo(0.39 * 5 + 11.8 * 1.8 - 15.59, 1); // 7.6
    expect(g.colemanLiau).toBeCloseTo(0.0588 * 510 - 0.296 * 20 - 15.8, 1); // 8.27
    expect(overallGrade(g)).toBeCloseTo((7.6 + 8.3) / 2, 1);
  });

  it("short everyday words score below grade 1, shown as 0", () => {
    expect(gradesOf("Call us today. We can help you.")).toEqual({ fleschKincaid: 0, colemanLiau: 0 });
  });

  it("no words, no grade", () => {
    expect(gradesOf("  ")).toBeNull();
  });
});
