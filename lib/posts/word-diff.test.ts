import fc from "fast-check";
import { expect, it } from "vitest";
import { htmlBlocks } from "./html-text";
import { hasChanges, wordDiff } from "./word-diff";

const rebuild = (parts: ReturnType<typeof wordDiff>, side: "before" | "after") =>
  parts.filter((p) => p.kind === "same" || p.kind === (side === "before" ? "removed" : "added")).map((p) => p.text).join("");

it("marks the words added and removed, in place", () => {
  expect(wordDiff("You may stay silent.", "You may always stay silent.")).toEqual([
    { kind: "same", text: "You may " },
    { kind: "added", text: "always " },
    { kind: "same", text: "stay silent." },
  ]);
  expect(wordDiff("Call a lawyer now.", "Call us now.")).toEqual([
    { kind: "same", text: "Call " },
    { kind: "removed", text: "a lawyer " },
    { kind: "added", text: "us " },
    { kind: "same", text: "now." },
  ]);
  expect(hasChanges(wordDiff("same words", "same words"))).toBe(false);
  expect(wordDiff("", "New text")).toEqual([{ kind: "added", text: "New text" }]);
  expect(wordDiff("Old text", "")).toEqual([{ kind: "removed", text: "Old text" }]);
});

it("always gives back both texts whole", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom("bail", "bond", "court", " ", "\n", "the", "judge"), { maxLength: 40 }), fc.array(fc.constantFrom("bail", "bond", "jail", " ", "\n", "the"), { maxLength: 40 }), (a, b) => {
      const before = a.join("");
      const after = b.join("");
      const parts = wordDiff(before, after);
      expect(rebuild(parts, "before")).toBe(before);
      expect(rebuild(parts, "after")).toBe(after);
    }),
  );
});

it("reads a body block by block, so paragraphs stay apart in a comparison", () => {
  expect(htmlBlocks("<h2>Bail</h2><p>Set by the <strong>judge</strong>.</p><ul><li>One</li><li>Two</li></ul><figure><img src=\"/media/x.webp\" alt=\"\"><figcaption>A caption</figcaption></figure>")).toEqual([
    "Bail",
    "Set by the judge.",
    "One",
    "Two",
    "A caption",
  ]);
});
