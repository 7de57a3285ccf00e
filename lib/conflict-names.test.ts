import { expect, it } from "vitest";
import { findConflicts, nameKey, splitNames } from "./conflict-names";

it("treats case, spacing, punctuation, accents, suffixes and middle names as the same name", () => {
  const key = nameKey("John Smith");
  for (const variant of ["john smith", "  JOHN   SMITH ", "John Q. Smith", "John Quincy Adams Smith", "Smith, John", "Jóhn Smith Jr.", "John Smith III"]) {
    expect(nameKey(variant), variant).toBe(key);
  }
  expect(nameKey("John Smithson")).not.toBe(key);
  expect(nameKey("Jane Smith")).not.toBe(key);
  expect(nameKey("O'Brien-Kelly, Mary Ann")).toBe(nameKey("mary obrienkelly"));
  expect(nameKey("  ...  ")).toBeUndefined();
});

it("splits the other people's names on lines, commas, semicolons, & and 'and'", () => {
  expect(splitNames("Jane Doe, Bob Roe; Ann Poe\nSam Loe & Al Moe and Ed Noe")).toEqual(["Jane Doe", "Bob Roe", "Ann Poe", "Sam Loe", "Al Moe", "Ed Noe"]);
  expect(splitNames("Alexander Andrews")).toEqual(["Alexander Andrews"]);
  expect(splitNames(null)).toEqual([]);
});

it("finds other inquiries naming this inquiry's person or other people, either way round", () => {
  const current = { id: 10, name: "Maria Lopez", otherParties: "Tom  Baker" };
  const others = [
    { id: 1, name: "MARIA J. LOPEZ", otherParties: null }, // same person asked before
    { id: 2, name: "Tom Baker", otherParties: null }, // the other party was a prospective client
    { id: 3, name: "Kim Lee", otherParties: "maria lopez" }, // named as someone else's other party
    { id: 4, name: "Maria Lopezz", otherParties: "Thomas Baker" }, // not the same names
    { id: 10, name: "Maria Lopez", otherParties: null }, // itself
  ];
  const matches = findConflicts(current, others);
  expect(matches.map((m) => m.inquiry.id)).toEqual([1, 2, 3]);
  expect(matches[2]?.reasons).toEqual([{ ours: "Maria Lopez", theirs: "maria lopez", theirRole: "other party" }]);
});
