import { describe, expect, it } from "vitest";
import type { PostDocument } from "./post-document";
import { checkSearch, type SearchInput } from "./search-checks";
import { fittingLength, textWidthPx } from "./title-width";

const doc = (over: Partial<PostDocument> = {}): PostDocument => ({
  blocks: [
    { kind: "paragraph", level: 0, text: "Can a victim drop the charges? In most cases, no." },
    { kind: "heading", level: 2, text: "Who decides to drop the charges" },
  ],
  links: [{ href: "/blog/how-does-bond-work", text: "how bond works", block: 0, start: 0, end: 5 }],
  images: [],
  ...over,
});
const base: SearchInput = {
  title: "Can a victim drop the charges?",
  seoTitle: "",
  excerpt: "Once charges are filed, the prosecutor decides whether the case goes on, not the alleged victim. Here is what that means for you.",
  seoDescription: "",
  slug: "victim-drop-charges",
  focusPhrase: "",
  doc: doc(),
};
const check = (over: Partial<SearchInput>, id: string) => checkSearch({ ...base, ...over }).checks.find((c) => c.id === id);

describe("title width", () => {
  it("measures Arial at 20 px: narrow letters take less room than wide ones", () => {
    // i, l: 222 thousandths of the size; W: 944; a space 278.
    expect(textWidthPx("ill")).toBe(Math.round((3 * 222 * 20) / 1000)); // 13
    expect(textWidthPx("WWW")).toBe(Math.round((3 * 944 * 20) / 1000)); // 57
    // C 722, a 556, n 556, space 278… ? 556: 13,839 thousandths × 20 px = 276.8.
    expect(textWidthPx("Can a victim drop the charges?")).toBe(277);
  });

  it("a title past 600 px is cut in results, and says where", () => {
    const title = "What Happens When a Witness Who Made the Complaint Wants the Whole Case Dismissed in Alabama";
    expect(textWidthPx(title)).toBeGreaterThan(600);
    const found = check({ title }, "title-width")!;
    expect(found.status).toBe("improve");
    expect(found.message).toContain(`after “${title.slice(0, fittingLength(title)).replace(/\s+\S*$/, "")}…”`);
    // As many narrow letters fit: the width decides, not the count.
    expect(check({ title: "il ".repeat(40).trim() }, "title-width")!.status).toBe("good");
  });

  it("the search title, when given, is the one measured", () => {
    expect(check({ title: "W".repeat(80), seoTitle: "Can a victim drop the charges?" }, "title-width")!.status).toBe("good");
  });
});

describe("the other search checks", () => {
  it("description: missing, short, long, right", () => {
    expect(check({ excerpt: "" }, "description")!.status).toBe("problem");
    expect(check({ excerpt: "Short." }, "description")!.status).toBe("improve");
    expect(check({ seoDescription: "x".repeat(161) }, "description")!.message).toContain("161 characters");
    expect(check({}, "description")!.status).toBe("good");
  });

  it("slug: long, with stop words, plain", () => {
    expect(check({ slug: "what-happens-if-i-miss-my-court-date" }, "slug")!.message).toContain("long (8 words)");
    expect(check({ slug: "can-a-victim-drop-the-charges" }, "slug")!.message).toBe("The address could drop “a”, “the”: can-victim-drop-charges.");
    expect(check({}, "slug")!.status).toBe("good");
  });

  it("focus phrase: says where it is missing", () => {
    expect(check({}, "focus")).toBeUndefined();
    expect(check({ focusPhrase: "drop the charges" }, "focus")!.message).toBe("“drop the charges” is not in the address, the description.");
    expect(check({ focusPhrase: "Drop charges", excerpt: "When can a victim drop charges? Only the prosecutor can drop charges once they are filed in court." , doc: doc({ blocks: [{ kind: "paragraph", level: 0, text: "Can a victim drop charges?" }, { kind: "heading", level: 2, text: "Who can drop charges" }] }), title: "Can a victim drop charges?" }, "focus")!.status).toBe("good");
  });

  it("links: one to the firm's own pages, with text that says where it leads", () => {
    expect(check({ doc: doc({ links: [] }) }, "internal-link")!.status).toBe("improve");
    expect(check({ doc: doc({ links: [{ href: "https://firm.test/contact", text: "write to us", block: 0, start: 0, end: 1 }] }), siteOrigin: "https://firm.test" }, "internal-link")!.status).toBe("good");
    expect(check({ doc: doc({ links: [{ href: "https://example.org/", text: "Click here", block: 0, start: 0, end: 1 }] }) }, "link-text")!.message).toBe("Say where a link leads instead of “Click here”.");
    expect(check({ doc: doc({ links: [{ href: "https://example.org/", text: "Click here", block: 0, start: 0, end: 1 }] }) }, "internal-link")!.status).toBe("improve");
  });

  it("images without a description, and headings that skip a level", () => {
    expect(check({ doc: doc({ images: [{ alt: "", block: 1 }, { alt: "The courthouse", block: 2 }] }) }, "image-alt")!.message).toMatch(/^1 image has no description/);
    const headings = doc({ blocks: [{ kind: "heading", level: 3, text: "Too deep" }, { kind: "heading", level: 2, text: "Right" }, { kind: "heading", level: 3, text: "Fine" }] });
    expect(check({ doc: headings }, "heading-order")).toMatchObject({ status: "improve", blocks: [0] });
    expect(check({}, "heading-order")!.status).toBe("good");
  });

  it("the score is the share of checks passed, by weight", () => {
    expect(checkSearch(base).score).toBe(100);
    expect(checkSearch({ ...base, excerpt: "" }).score!).toBeLessThan(100);
  });
});
