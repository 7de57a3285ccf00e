import { describe, expect, it } from "vitest";
import { hreflangAlternates } from "./alternates";

describe("hreflangAlternates", () => {
  it("pairs a page with its translation, English as x-default", () => {
    expect(hreflangAlternates({ en: "/blog/bond", es: "/es/blog/fianza" }, "https://firm.test")).toEqual({
      en: "https://firm.test/blog/bond",
      es: "https://firm.test/es/blog/fianza",
      "x-default": "https://firm.test/blog/bond",
    });
  });
  it("gives a page in one language no alternates", () => {
    expect(hreflangAlternates({ en: "/blog/bond" }, "https://firm.test")).toBeUndefined();
    expect(hreflangAlternates({ es: "/es/blog/fianza" }, "https://firm.test")).toBeUndefined();
  });
});
