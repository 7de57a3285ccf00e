import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const request = (headers: Record<string, string>) => new Request("http://127.0.0.1:3000/admin/api/posts/1", { method: "POST", headers });
const SITE = "https://firm.example";

describe("isSameOrigin", () => {
  it("accepts a request whose Origin is SITE_URL's", () => {
    expect(isSameOrigin(request({ host: "127.0.0.1:3000", origin: "https://firm.example" }), SITE)).toBe(true);
    expect(isSameOrigin(request({ origin: "http://127.0.0.1:3000" }), "http://127.0.0.1:3000")).toBe(true);
  });

  it("never trusts Host or X-Forwarded-Host", () => {
    expect(isSameOrigin(request({ host: "evil.example", "x-forwarded-host": "evil.example", origin: "https://evil.example" }), SITE)).toBe(false);
  });

  it("compares the scheme and the port too", () => {
    expect(isSameOrigin(request({ origin: "http://firm.example" }), SITE)).toBe(false);
    expect(isSameOrigin(request({ origin: "https://firm.example:8443" }), SITE)).toBe(false);
    expect(isSameOrigin(request({ origin: "https://firm.example:443" }), SITE)).toBe(true);
  });

  it("refuses other sites, a missing origin and nonsense", () => {
    expect(isSameOrigin(request({ origin: "https://firm.example.evil.example" }), SITE)).toBe(false);
    expect(isSameOrigin(request({}), SITE)).toBe(false);
    expect(isSameOrigin(request({ origin: "null" }), SITE)).toBe(false);
  });
});
