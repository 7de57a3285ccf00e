import { afterEach, expect, it } from "vitest";
import { takeRateLimitSlot } from "./rate-limits";
import { useTempDatabase } from "./temp-database";

const opened: { remove: () => void }[] = [];
afterEach(() => {
  for (const database of opened.splice(0)) database.remove();
});

it("prepares a query once per connection: a second database is asked, not the first", () => {
  const since = new Date(Date.now() - 60_000);
  opened.push(useTempDatabase());
  expect(takeRateLimitSlot("test", "key", 1, since)).toBe(true);
  expect(takeRateLimitSlot("test", "key", 1, since)).toBe(false);
  // Another connection: its own statements, its own (empty) table.
  opened.push(useTempDatabase());
  expect(takeRateLimitSlot("test", "key", 1, since)).toBe(true);
});
