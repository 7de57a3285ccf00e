import { expect, it } from "vitest";
import { parseId, parsePageNumber } from "./url-params";

it("reads row ids and nothing else", () => {
  expect(parseId("42")).toBe(42);
  for (const bad of ["", "0x1", "1e3", "-1", " 1", "1234567890123", "%31", undefined]) expect(parseId(bad), String(bad)).toBeUndefined();
  expect(parseId(["1", "2"])).toBeUndefined();
});

it("reads page numbers: absent is 1, malformed is not a page", () => {
  expect(parsePageNumber(undefined)).toBe(1);
  expect(parsePageNumber("3")).toBe(3);
  for (const bad of ["0", "01", "-2", "2.5", "abc", "", "1234567"]) expect(parsePageNumber(bad), bad).toBeUndefined();
  expect(parsePageNumber(["1", "2"])).toBeUndefined();
});
