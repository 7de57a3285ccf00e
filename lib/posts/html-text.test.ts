import { expect, it } from "vitest";
import { htmlText } from "./html-text";
import { countWords, readingMinutes, readingTimeLabel } from "./reading-time";

it("reads a body's words: blocks apart, entities decoded, scripts and control characters gone", () => {
  expect(htmlText("<h2>Bail</h2><p>bond &amp; <strong>release</strong></p><ul><li>one</li><li>two</li></ul>")).toBe("Bail bond & release one two");
  expect(htmlText("<p>a<br>b</p><script>alert(1)</script><style>p{}</style><p>c\u0001d\u0002</p>")).toBe("a b cd");
  expect(htmlText("<p>&lt;script&gt; is text here</p>")).toBe("<script> is text here");
  expect(htmlText("")).toBe("");
});

it("counts words the way a reader does, and minutes at 225 a minute, at least one", () => {
  expect(countWords("Don't panic: the ex-parte order, 24 hours, résumé — done.")).toBe(9);
  expect(countWords("🚓 … —")).toBe(0);
  expect(readingMinutes(0)).toBe(1);
  expect(readingMinutes(225 * 4)).toBe(4);
  expect(readingMinutes(225 * 4 + 100)).toBe(4);
  expect(readingMinutes(225 * 4 + 120)).toBe(5);
  expect(readingTimeLabel(3)).toBe("3 min read");
});
