import { afterEach, expect, it, vi } from "vitest";
import { escapeControl, logLine } from "./log";

afterEach(() => vi.restoreAllMocks());

it("escapes every character that could start a line of its own", () => {
  expect(escapeControl("x\n[mail] FORGED\r\n\u2028\u0000\u001b[31m")).toBe("x\\n[mail] FORGED\\r\\n\\u2028\\u0000\\u001b[31m");
});

it("writes one line, cut at 1,000 characters", () => {
  const lines: string[] = [];
  vi.spyOn(console, "error").mockImplementation((line: string) => void lines.push(line));
  logLine("auth", `error CODE: ${"a".repeat(2000)}\n[mail] FORGED`);
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toContain("\n");
  expect(lines[0]!.length).toBeLessThan(1100);
});
