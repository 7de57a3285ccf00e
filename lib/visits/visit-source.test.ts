import { describe, expect, it } from "vitest";
import { classifySource } from "./visit-source";

const SITE = "firm.example";
const from = (referrer: string, search = "") => classifySource(referrer, search, SITE);

describe("the source of a page view", () => {
  it("names search engines on any country domain and subdomain", () => {
    expect(from("https://www.google.com/").source).toBe("Google search");
    expect(from("https://www.google.co.uk/search?q=dui+second+offense").source).toBe("Google search");
    expect(from("https://www.bing.com/search?q=x")).toEqual({ source: "Bing search", kind: "search", campaign: null });
    expect(from("https://duckduckgo.com/").source).toBe("DuckDuckGo search");
    expect(from("https://search.brave.com/search?q=bond").source).toBe("Brave Search");
    expect(from("https://search.yahoo.com/").source).toBe("Yahoo search");
    expect(from("android-app://com.google.android.googlequicksearchbox/").source).toBe("Google search");
  });

  it("names social sites, their link shorteners and mobile hosts", () => {
    expect(from("https://l.facebook.com/l.php?u=x")).toEqual({ source: "Facebook", kind: "social", campaign: null });
    expect(from("https://m.facebook.com/").source).toBe("Facebook");
    expect(from("https://t.co/abc").source).toBe("X (Twitter)");
    expect(from("https://www.linkedin.com/feed/").source).toBe("LinkedIn");
    expect(from("https://old.reddit.com/r/legaladvice").source).toBe("Reddit");
  });

  it("keeps another site's domain only, never its path or query", () => {
    expect(from("https://www.avvo.com/attorneys/some-lawyer?ref=123")).toEqual({ source: "avvo.com", kind: "site", campaign: null });
    expect(from("https://news.example.org/story/123").source).toBe("news.example.org");
  });

  it("calls no referrer, or one that is not a web address, direct", () => {
    expect(from("")).toEqual({ source: "Direct", kind: "direct", campaign: null });
    expect(from("not a url").source).toBe("Direct");
    expect(from("file:///etc/passwd").source).toBe("Direct");
  });

  it("calls the site itself internal", () => {
    expect(from("https://firm.example/blog/a-post").kind).toBe("internal");
    expect(from("https://www.firm.example/").kind).toBe("internal");
  });

  it("prefers the page's own utm_source and utm_campaign over the referrer", () => {
    expect(from("https://www.google.com/", "?utm_source=newsletter&utm_campaign=spring")).toEqual({ source: "newsletter", kind: "campaign", campaign: "spring" });
    expect(from("", "?utm_campaign=flyer")).toEqual({ source: "Campaign", kind: "campaign", campaign: "flyer" });
    expect(from("", "?utm_medium=email").source).toBe("Direct");
  });

  it("stores forged values as short printable text", () => {
    const forged = from("", `?utm_source=${encodeURIComponent("<script>alert(1)</script>\n\r" + "x".repeat(200))}`);
    expect(forged.source).toHaveLength(60);
    expect(forged.source).not.toMatch(/[\n\r]/);
    expect(forged.source.startsWith("<script>")).toBe(true); // text: the pages escape it when they show it
  });
});
