import { expect, it } from "vitest";
import { findRestricted, type RestrictedRules } from "./restricted-words";
import { defaultAdvertisingRules } from "@/lib/site/settings-schema";

const defaults = defaultAdvertisingRules();
const rules: RestrictedRules = { words: defaults.restrictedWords, pastResultPhrases: defaults.pastResultPhrases, resultsDisclaimer: defaults.resultsDisclaimer, authorCertified: false };
const check = (text: string, extra: Partial<RestrictedRules> = {}) => findRestricted([{ field: "body", text }], { ...rules, ...extra });

it("finds each restricted word, whole words only, in any case, with the words around it", () => {
  const found = check("We GUARANTEE results. Our experts are the best. Bestow no trust in a specialist's promise.");
  expect(found.map((f) => f.match)).toEqual(["GUARANTEE", "experts", "best", "specialist"]);
  expect(found[0]).toMatchObject({ kind: "restricted", field: "body", index: 3, after: " results. Our experts are the best.…" });
});

it("finds phrases across line breaks and spaces", () => {
  expect(check("The number\n one firm").map((f) => f.match)).toEqual(["number\n one"]);
});

it("allows “certified” when the author's profile records a certification", () => {
  expect(check("A certified criminal trial lawyer.").map((f) => f.kind)).toEqual(["certified"]);
  expect(check("A certified criminal trial lawyer.", { authorCertified: true })).toEqual([]);
});

it("flags past results unless the results disclaimer is in the text, and never flags the disclaimer itself", () => {
  expect(check("Last year we won an acquittal for a client.").map((f) => f.kind)).toEqual(["past-result", "past-result"]);
  const withDisclaimer = `Last year we won an acquittal. ${rules.resultsDisclaimer}`;
  expect(check(withDisclaimer)).toEqual([]);
  expect(check(withDisclaimer, { resultsDisclaimer: "Past results do not guarantee a similar outcome." })).toHaveLength(2);
});

it("orders findings by field, then place", () => {
  const found = findRestricted(
    [
      { field: "title", text: "The best lawyer" },
      { field: "body", text: "An expert. A guarantee." },
    ],
    rules,
  );
  expect(found.map((f) => `${f.field}:${f.match}`)).toEqual(["title:best", "body:expert", "body:guarantee"]);
});
