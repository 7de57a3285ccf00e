import { describe, expect, it } from "vitest";
import { isLang, langPath } from "./languages";

describe("langPath", () => {
  it("keeps English addresses as they are", () => {
    expect(langPath("en", "/")).toBe("/");
    expect(langPath("en", "/blog/bail")).toBe("/blog/bail");
  });
  it("puts Spanish under /es", () => {
    expect(langPath("es", "/")).toBe("/es");
    expect(langPath("es", "/blog/fianza")).toBe("/es/blog/fianza");
  });
});

describe("isLang", () => {
  it("knows only the site's languages", () => {
    expect(isLang("es")).toBe(true);
    expect(isLang("en")).toBe(true);
    expect(isLang("fr")).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });
});
