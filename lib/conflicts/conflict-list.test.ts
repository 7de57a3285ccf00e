import { expect, it } from "vitest";
import { toCsv } from "@/lib/inquiries/csv";
import { readConflictCsv, roleFromText } from "./conflict-list";

it("reads a practice-management export: name, role and matter columns in any order and case", () => {
  const csv = toCsv(
    ["Matter Number", "Contact Name", "Relationship"],
    [
      ["CC-2025-114", "Daniel R. López", "Adverse Party"],
      ["CC-2025-114", "Rosa Reyes", "Client"],
      ["CC-2024-007", "Pat Doe", "Witness"],
      ["", "", "Client"],
      ["CC-2023-001", "Lee Roe", ""],
    ],
  );
  const result = readConflictCsv(csv, "client");
  expect(result).toEqual({
    ok: true,
    skipped: 1,
    entries: [
      { name: "Daniel R. López", role: "opposing_party", matter: "CC-2025-114" },
      { name: "Rosa Reyes", role: "client", matter: "CC-2025-114" },
      { name: "Pat Doe", role: "witness", matter: "CC-2024-007" },
      { name: "Lee Roe", role: "client", matter: "CC-2023-001" },
    ],
  });
});

it("joins first and last name columns, and uses the chosen role when the file has none", () => {
  const result = readConflictCsv("First Name,Last Name\nDaniel,López\n", "witness");
  expect(result).toEqual({ ok: true, skipped: 0, entries: [{ name: "Daniel López", role: "witness", matter: "" }] });
});

it("says what is wrong with a file it cannot read", () => {
  expect(readConflictCsv("", "client")).toEqual({ ok: false, error: "The file is empty." });
  expect(readConflictCsv("Daniel López,Client\n", "client")).toMatchObject({ ok: false, error: expect.stringMatching(/column.*Name/) });
  expect(readConflictCsv("Name\n\n123\n", "client")).toEqual({ ok: false, error: "No row of the file has a name." });
  expect(readConflictCsv(`Name\n${"A Name\n".repeat(5001)}`, "client")).toMatchObject({ ok: false, error: expect.stringMatching(/more than 5,000 rows/) });
});

it("reads roles as files word them", () => {
  expect(["Client", "Former client", "Co-defendant"].map(roleFromText)).toEqual(["client", "client", "client"]);
  expect(["Victim", "Complaining witness", "Opposing party", "Plaintiff"].map(roleFromText)).toEqual(["opposing_party", "opposing_party", "opposing_party", "opposing_party"]);
  expect(["Witness", "Expert", ""].map(roleFromText)).toEqual(["witness", "other", "other"]);
});
