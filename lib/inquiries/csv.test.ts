import { parse } from "csv-parse/sync";
import { expect, it } from "vitest";
import { csvCell, parseCsv, toCsv } from "./csv";

it("quotes fields with quotes, commas and line breaks, and reads back the same", () => {
  const rows = [
    ["plain", 'say "hi"', "a, b", "line one\nline two", "cr\r\nlf", "", null],
    ["Ünïcödé ✓", "trailing space ", 42, undefined, "x", "y", "z"],
  ];
  const text = toCsv(["a", "b", "c", "d", "e", "f", "g"], rows);
  expect(text.endsWith("\r\n")).toBe(true);
  expect(text.split("\r\n")[0]).toBe("a,b,c,d,e,f,g");
  const parsed = parse(text, { columns: false, relax_column_count: false });
  expect(parsed).toEqual([
    ["a", "b", "c", "d", "e", "f", "g"],
    ["plain", 'say "hi"', "a, b", "line one\nline two", "cr\r\nlf", "", ""],
    ["Ünïcödé ✓", "trailing space ", "42", "", "x", "y", "z"],
  ]);
});

it("defuses cells a spreadsheet would run as formulas", () => {
  for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
    expect(csvCell(`${start}SUM(A1)`).replace(/^"/, "")).toMatch(/^'/);
  }
  expect(csvCell("=HYPERLINK(\"http://x\",\"a\")")).toBe(`"'=HYPERLINK(""http://x"",""a"")"`);
  expect(csvCell("+1 555 010 0142")).toBe("'+1 555 010 0142");
  expect(csvCell("a=b")).toBe("a=b");
  const parsed = parse(toCsv(["x"], [["=1+1"], ["@cmd"], ["-2"]]));
  expect(parsed).toEqual([["x"], ["'=1+1"], ["'@cmd"], ["'-2"]]);
});

it("reads CSV as csv-parse does: quotes, doubled quotes, line breaks in fields, CRLF or LF, a BOM, blank lines", () => {
  const rows = [
    ["Name", "Role", "Matter"],
    ["López, Daniel R.", 'the "other" driver', "State v. Reyes\nCC-2025-114"],
    ["", "x", ""],
  ];
  const text = toCsv(rows[0]!, rows.slice(1));
  expect(parseCsv(text)).toEqual(parse(text, { columns: false }));
  expect(parseCsv(`\uFEFFa,b\n\n1,2\r\n3,"4"`)).toEqual([["a", "b"], ["1", "2"], ["3", "4"]]);
  expect(parseCsv("")).toEqual([]);
});
