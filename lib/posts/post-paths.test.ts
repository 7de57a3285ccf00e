import { describe, expect, it } from "vitest";
import { attorneyPaths, bylineLink } from "./post-paths";

describe("where a byline leads", () => {
  it("on an English page: the lawyer's page, or /about on a single-lawyer site", () => {
    expect(bylineLink("jordan-avery", undefined, "en", true)).toEqual({ href: "/attorneys/jordan-avery" });
    expect(bylineLink("jordan-avery", "jordan-avery", "en")).toEqual({ href: "/about" });
    expect(bylineLink(null, undefined, "en")).toBeUndefined();
  });
  it("on a Spanish page: the Spanish page when the bio is in Spanish, else the English one, said to be English", () => {
    expect(bylineLink("jordan-avery", undefined, "es", true)).toEqual({ href: "/es/attorneys/jordan-avery" });
    expect(bylineLink("jordan-avery", "jordan-avery", "es", true)).toEqual({ href: "/es/attorneys/jordan-avery" });
    expect(bylineLink("jordan-avery", undefined, "es", false)).toEqual({ href: "/attorneys/jordan-avery", hrefLang: "en" });
    expect(bylineLink("jordan-avery", "jordan-avery", "es")).toEqual({ href: "/about", hrefLang: "en" });
    expect(bylineLink(null, undefined, "es", true)).toBeUndefined();
  });
  it("pairs a lawyer's pages", () => {
    expect(attorneyPaths("jordan-avery")).toEqual({ en: "/attorneys/jordan-avery", es: "/es/attorneys/jordan-avery" });
  });
});
