import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const request = (headers: Record<string, string>) => new Request("http://127.0.0.1:3000/admin/api/posts/1", { method: "POST", headers });

describe("isSameOrigin", () => {
  it("accepts a request from a page of this site", () => {
    expect(isSameOrigin(request({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }))).toBe(true);
    expect(isSameOrigin(request({ host: "internal:3000", "x-forwarded-host": "firm.example", origin: "https://firm.example" }))).toBe(true);
  });

  it("refuses other sites, a missing origin and nonsense", () => {
    expect(isSameOrigin(request({ host: "127.0.0.1:3000", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(request({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000.evil.example" }))).toBe(false);
    expect(isSameOrigin(request({ host: "127.0.0.1:3000" }))).toBe(false);
    expect(isSameOrigin(request({ host: "127.0.0.1:3000", origin: "null" }))).toBe(false);
  });
});
