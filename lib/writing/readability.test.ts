import { describe, expect, it } from "vitest";
import { seedPosts } from "@/db/seed/sample-posts";
import { htmlDocument } from "./html-document";
import { legaleseMatcher, parseLegalese } from "./legalese";
import { DEFAULT_LEGALESE } from "./legalese-list";
import type { PostDocument } from "./post-document";
import { analyseReadability } from "./readability";

const matcher = legaleseMatcher(parseLegalese(DEFAULT_LEGALESE));
const paragraphs = (...texts: string[]): PostDocument => ({ blocks: texts.map((text) => ({ kind: "paragraph", level: 0, text })), links: [], images: [] });
const words = (n: number, word = "bail") => Array.from({ length: n }, () => word).join(" ");
const kinds = (doc: PostDocument, title = "", excerpt = "") => analyseReadability(doc, title, excerpt, matcher).findings.map((f) => `${f.field} ${f.kind}: ${f.text}`);

describe("the plain-language checks", () => {
  it("flags a sentence over 20 words, not one of 20", () => {
    const long = `Then ${words(20)}.`;
    const report = analyseReadability(paragraphs(`Bail ${words(19)}. ${long}`), "", "", matcher);
    expect(report.findings.map((f) => [f.kind, f.text])).toEqual([["long-sentence", long]]);
    expect([report.sentences, report.longSentences]).toEqual([2, 1]);
  });

  it("flags a paragraph over 150 words", () => {
    const found = kinds(paragraphs(`Bail ${words(14)}. `.repeat(10), `Bail ${words(14)}. `.repeat(11).trim())).filter((k) => k.includes("long-paragraph"));
    expect(found).toHaveLength(1);
    expect(found[0]).toBe(`body long-paragraph: ${`Bail ${words(14)}. `.repeat(11).trim()}`);
  });

  it("flags text running past 300 words without a subheading, once per stretch; a subheading starts a new one", () => {
    const para = `Bail ${words(9)}. `.repeat(10).trim(); // 100 words
    const doc: PostDocument = {
      blocks: [para, para, para, para, "HEAD", para, para, para].map((text) => (text === "HEAD" ? { kind: "heading", level: 2, text: "What happens next" } : { kind: "paragraph", level: 0, text })),
      links: [],
      images: [],
    };
    const report = analyseReadability(doc, "", "", matcher);
    expect(report.findings.filter((f) => f.kind === "no-subheading").map((f) => f.block)).toEqual([3]);
  });

  it("counts sentences in the passive voice and shows each one", () => {
    const report = analyseReadability(paragraphs("The charges were dropped. The prosecutor agreed. He was released."), "", "", matcher);
    expect(report.findings.filter((f) => f.kind === "passive").map((f) => f.text)).toEqual(["were dropped", "was released"]);
    expect(report.passiveSentences).toBe(2);
  });

  it("checks the title and the excerpt too", () => {
    expect(kinds(paragraphs("Call us."), "What happens prior to trial", "Charges are often dropped pursuant to a deal.")).toEqual([
      "title legalese: prior to",
      "excerpt passive: are often dropped",
      "excerpt legalese: pursuant to",
    ]);
  });

  it("names the sentences that raise the grade most, hardest first", () => {
    const report = analyseReadability(
      paragraphs("Call us today. The magistrate's determination regarding incarceration necessitates consideration. We can help. Subsequent adjudication proceedings are frequently unpredictable."),
      "",
      "",
      matcher,
    );
    expect(report.hardest.map((s) => s.text)).toEqual(["The magistrate's determination regarding incarceration necessitates consideration.", "Subsequent adjudication proceedings are frequently unpredictable."]);
  });

  it("a plain rewrite of a paragraph of legalese scores higher and reads at a lower grade", () => {
    const legal =
      "Pursuant to the statute, the alleged victim's recantation is not sufficient to terminate the prosecution, notwithstanding the complainant's wishes. Prior to the arraignment, the accused shall not contact the complainant.";
    const plain = "Under the law, the victim taking it back does not end the case, even if they want it to. Before the first court date, you must not contact them.";
    const before = analyseReadability(paragraphs(legal), "", "", matcher);
    const after = analyseReadability(paragraphs(plain), "", "", matcher);
    expect(before.findings.filter((f) => f.kind === "legalese").map((f) => f.text)).toEqual([
      "Pursuant to",
      "alleged victim",
      "recantation",
      "sufficient",
      "terminate",
      "the prosecution",
      "notwithstanding",
      "complainant",
      "Prior to",
      "arraignment",
      "the accused",
      "shall not",
      "complainant",
    ]);
    expect(before.grade).toBeGreaterThan(12);
    expect(after.grade).toBeLessThanOrEqual(8);
    expect(after.score!).toBeGreaterThan(before.score!);
  });

  it("the seed post “Can a victim drop the charges?” is the example of a good score", () => {
    const post = seedPosts.find((p) => p.slug === "can-a-victim-drop-the-charges")!;
    const report = analyseReadability(htmlDocument(post.bodyHtml), post.title, post.excerpt, matcher);
    expect(report.grade).toBeLessThanOrEqual(8);
    expect(report.score).toBeGreaterThanOrEqual(80);
  });

  it("has no score before there is text", () => {
    expect(analyseReadability(paragraphs(), "", "", matcher).score).toBeNull();
  });
});
