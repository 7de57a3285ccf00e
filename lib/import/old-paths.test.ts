import { describe, expect, it } from "vitest";
import { oldPathKey, requestPathKey } from "./old-paths";

describe("old addresses", () => {
  it("are keyed by path, decoded, lower case, without the trailing slash", () => {
    expect(oldPathKey("https://www.old-firm.example/2019/05/14/My-Post/", "https://old-firm.example")).toBe("/2019/05/14/my-post");
    expect(oldPathKey("/2021/07/09/%c2%bfque-pasa/", "https://old-firm.example")).toBe("/2021/07/09/¿que-pasa");
    expect(oldPathKey("https://old-firm.example/?p=12", "https://old-firm.example")).toBe("/?p=12");
    expect(oldPathKey("https://old-firm.example/blog/?page_id=7&x=1", "https://old-firm.example")).toBe("/blog/?page_id=7");
  });

  it("leave out other sites, the home page and what is not a web address", () => {
    expect(oldPathKey("https://elsewhere.example/a-post/", "https://old-firm.example")).toBeUndefined();
    expect(oldPathKey("https://old-firm.example/", "https://old-firm.example")).toBeUndefined();
    expect(oldPathKey("mailto:someone@example.com", "https://old-firm.example")).toBeUndefined();
  });

  it("match what a request for them asks", () => {
    expect(requestPathKey(["2019", "05", "14", "My-Post"])).toBe(oldPathKey("/2019/05/14/my-post/", "https://x.example"));
    expect(requestPathKey(["2021", "07", "09", "%C2%BFque-pasa"])).toBe(oldPathKey("/2021/07/09/%c2%bfque-pasa/", "https://x.example"));
    expect(requestPathKey([], { key: "p", value: "12" })).toBe("/?p=12");
  });
});
