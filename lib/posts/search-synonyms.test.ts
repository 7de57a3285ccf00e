import { expect, it } from "vitest";
import { alternativesOf, DEFAULT_SEARCH_SYNONYMS, synonymGroups } from "./search-synonyms";

const groups = synonymGroups(DEFAULT_SEARCH_SYNONYMS);

it("finds a word's group by the word, its plural or its singular, in any case", () => {
  expect(alternativesOf("Bail", groups)).toEqual(["bail", "bond", "bondsman", "bail bond"]);
  expect(alternativesOf("bondsmen", groups)).toEqual(["bondsmen", "bail", "bond", "bondsman", "bail bond"]);
  expect(alternativesOf("DWI", groups)).toContain("dui");
  expect(alternativesOf("appeal", groups)).toEqual(["appeal"]);
});

it("reads one group per line and skips lines with one word", () => {
  expect(synonymGroups(["  Bail ,Bond", "alone", "", "drunk   driving, DUI"])).toEqual([["bail", "bond"], ["drunk driving", "dui"]]);
});
