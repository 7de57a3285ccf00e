import { describe, expect, it } from "vitest";
import { shortTitle, TAB_TITLE_MAX } from "./short-title";

describe("shortTitle", () => {
  it("keeps a title that fits", () => {
    expect(shortTitle("Bail in Alabama")).toBe("Bail in Alabama");
    expect(shortTitle("x".repeat(TAB_TITLE_MAX))).toBe("x".repeat(TAB_TITLE_MAX));
  });

  it("cuts a longer one to the limit, ending in an ellipsis", () => {
    const cut = shortTitle("x".repeat(TAB_TITLE_MAX + 1));
    expect(cut).toBe(`${"x".repeat(TAB_TITLE_MAX - 1)}…`);
    expect(cut).toHaveLength(TAB_TITLE_MAX);
    expect(shortTitle("y".repeat(200), 160)).toBe(`${"y".repeat(159)}…`);
  });
});
