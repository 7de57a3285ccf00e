import { expect, it } from "vitest";
import { nextVisitPath, parseVisitPath } from "./visit-path";

const origin = "https://firm.example";

it("reads back only what the beacon writes", () => {
  const path = nextVisitPath(undefined, "/blog/can-a-victim-drop-the-charges?utm_source=x", "https://www.google.com/", origin);
  expect(path).toEqual({ first: "/blog/can-a-victim-drop-the-charges?utm_source=x", ref: "https://www.google.com/", last: "/blog/can-a-victim-drop-the-charges" });
  expect(parseVisitPath(JSON.stringify(path))).toEqual(path);
  // A later page inside the visit keeps the first page and its referrer.
  expect(nextVisitPath(path, "/contact", `${origin}/blog/can-a-victim-drop-the-charges`, origin)).toEqual(path);
});

it.each([
  ["not JSON", "{first"],
  ["an array", "[]"],
  ["another site's address as the first page", JSON.stringify({ first: "//evil.example/", ref: "", last: "" })],
  ["a path with spaces", JSON.stringify({ first: "/a b", ref: "", last: "" })],
  ["a field this code never writes", JSON.stringify({ first: "/", ref: "", last: "", name: "Dana" })],
  ["a missing field", JSON.stringify({ first: "/", ref: "" })],
  ["a referrer over 1,024 characters", JSON.stringify({ first: "/", ref: "x".repeat(1025), last: "" })],
  ["a number", JSON.stringify({ first: "/", ref: 1, last: "" })],
])("refuses %s", (_what, text) => {
  expect(parseVisitPath(text)).toBeUndefined();
});
