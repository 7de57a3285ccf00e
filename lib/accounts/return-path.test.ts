import { expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

it("comes back only to admin paths on this site", () => {
  expect(safeReturnPath("/admin/posts?status=draft")).toBe("/admin/posts?status=draft");
  for (const bad of ["https://evil.example/admin", "//evil.example", "/admin\\@evil", "/blog", "/admin/login", undefined, 42]) {
    expect(safeReturnPath(bad)).toBe("/admin");
  }
});
