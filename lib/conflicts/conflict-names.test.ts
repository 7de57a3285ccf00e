import { expect, it } from "vitest";
import { findConflicts, findListConflicts, parseName, sameName, splitNames } from "./conflict-names";

it("treats case, spacing, punctuation, accents, suffixes and middle names as the same name", () => {
  for (const variant of ["john smith", "  JOHN   SMITH ", "John Q. Smith", "John Quincy Adams Smith", "Smith, John", "Jóhn Smith Jr.", "John Smith III"]) {
    expect(sameName("John Smith", variant), variant).toBe(true);
  }
  expect(sameName("John Smith", "John Smithson")).toBe(false);
  expect(sameName("John Smith", "Jane Smith")).toBe(false);
  expect(sameName("O'Brien-Kelly, Mary Ann", "mary obrienkelly")).toBe(true);
  expect(parseName("  ...  ")).toBeUndefined();
});

it("matches short forms and initials of a first name: Dan Lopez is Daniel R. López", () => {
  expect(sameName("Dan Lopez", "Daniel R. López")).toBe(true);
  expect(sameName("D. Lopez", "Daniel R. López")).toBe(true);
  expect(sameName("LÓPEZ, DANIEL", "dan lopez")).toBe(true);
  expect(sameName("Bob Jones", "Robert Jones")).toBe(true);
  expect(sameName("Bill Jones", "William T. Jones")).toBe(true);
  expect(sameName("Lupe García", "Guadalupe Garcia-Lopez")).toBe(true);
  // Not the same person.
  // Erring towards a match: "Dan" may be short for Danielle as well.
  expect(sameName("Dan Lopez", "Danielle Lopez")).toBe(true);
  expect(sameName("Dan Lopez", "Diana Lopez")).toBe(false);
  expect(sameName("Dan Lopez", "Dan Lopezz")).toBe(false);
  expect(sameName("Daniel R. Lopez", "Daniel J. Lopez")).toBe(false);
  expect(sameName("Da Lopez", "Daniel Lopez")).toBe(false);
  // A lone word says too little to match a full name.
  expect(sameName("Lopez", "Daniel Lopez")).toBe(false);
  expect(sameName("Lopez", "lopez")).toBe(true);
});

it("splits the other people's names on lines, commas, semicolons, & and 'and'", () => {
  expect(splitNames("Jane Doe, Bob Roe; Ann Poe\nSam Loe & Al Moe and Ed Noe")).toEqual(["Jane Doe", "Bob Roe", "Ann Poe", "Sam Loe", "Al Moe", "Ed Noe"]);
  expect(splitNames("Alexander Andrews")).toEqual(["Alexander Andrews"]);
  expect(splitNames(null)).toEqual([]);
});

it("finds other inquiries naming this inquiry's sender, person charged or other people, either way round", () => {
  const current = { id: 10, name: "Rosa Lopez", personCharged: "Maria Lopez", otherParties: "Tom  Baker" };
  const others = [
    { id: 1, name: "MARIA J. LOPEZ", personCharged: null, otherParties: null }, // the person charged asked herself before
    { id: 2, name: "Tom Baker", personCharged: null, otherParties: null }, // the other party was a prospective client
    { id: 3, name: "Kim Lee", personCharged: null, otherParties: "maria lopez" }, // named as someone else's other party
    { id: 4, name: "Marian Lopezz", personCharged: "Tim Baker", otherParties: "Thomas Bakers" }, // not the same names
    { id: 5, name: "Ann Poe", personCharged: "Thomas Baker", otherParties: null }, // Tom is Thomas
    { id: 10, name: "Maria Lopez", personCharged: null, otherParties: null }, // itself
  ];
  const matches = findConflicts(current, others);
  expect(matches.map((m) => m.inquiry.id)).toEqual([1, 2, 3, 5]);
  expect(matches[2]?.reasons).toEqual([{ ours: "Maria Lopez", ourRole: "person charged", theirs: "maria lopez", theirRole: "other party" }]);
  expect(matches[3]?.reasons).toEqual([{ ours: "Tom  Baker", ourRole: "other party", theirs: "Thomas Baker", theirRole: "person charged" }]);
});

it("finds the firm's conflict list entries, with their role and matter", () => {
  const list = [
    { id: 1, name: "Daniel R. López", role: "opposing_party" as const, matter: "State v. Reyes" },
    { id: 2, name: "Diana Lopez", role: "client" as const, matter: "CC-2025-001" },
    { id: 3, name: "Rosa Reyes", role: "client" as const, matter: "State v. Reyes" },
  ];
  const matches = findListConflicts({ name: "Rosa Reyes", personCharged: "Luis Reyes", otherParties: "Dan Lopez" }, list);
  expect(matches.map((m) => [m.party.id, m.reasons])).toEqual([
    [1, [{ ours: "Dan Lopez", ourRole: "other party", theirs: "Daniel R. López", theirRole: "opposing_party" }]],
    [3, [{ ours: "Rosa Reyes", ourRole: "sender", theirs: "Rosa Reyes", theirRole: "client" }]],
  ]);
});
