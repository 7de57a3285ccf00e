import { describe, expect, it } from "vitest";
import { LANGUAGES } from "./languages";
import { dictionary, fill } from "./dictionary";
import { en } from "./dictionaries/en";

/** Every key path of a nested dictionary, with the placeholders its text uses. */
function entries(value: object, prefix = ""): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [key, inner] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof inner === "string") found.set(path, [...inner.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort());
    else for (const [innerPath, names] of entries(inner as object, path)) found.set(innerPath, names);
  }
  return found;
}

describe("dictionaries", () => {
  const english = entries(en);
  for (const lang of LANGUAGES) {
    it(`${lang} has every key English has, no others, and the same placeholders`, () => {
      const other = entries(dictionary(lang));
      expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [path, names] of english) expect(other.get(path), path).toEqual(names);
    });
    it(`${lang} has no empty text`, () => {
      for (const [path] of entries(dictionary(lang))) {
        const text = path.split(".").reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], dictionary(lang));
        expect((text as string).trim(), path).not.toBe("");
      }
    });
  }
});

describe("fill", () => {
  it("puts the values in their places and leaves unknown names", () => {
    expect(fill("Blog, página {page}", { page: 2 })).toBe("Blog, página 2");
    expect(fill("{a} y {b}", { a: "uno" })).toBe("uno y {b}");
  });
});
