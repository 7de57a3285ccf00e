import { afterEach, beforeEach, expect, it } from "vitest";
import { useTempDatabase } from "@/db/temp-database";
import { rateLimitHits } from "@/db/schema";
import { forgetEnv, parseEnv } from "@/lib/platform/env";
import { allowInquiryFrom } from "./rate-limit";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => {
  temp = useTempDatabase();
});
afterEach(() => {
  delete process.env.INQUIRY_RATE_LIMIT;
  temp.remove();
});

it("allows five inquiries a minute from one address, then refuses until the minute has passed", () => {
  const start = new Date("2026-11-28T12:00:00Z");
  const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
  for (let i = 0; i < 5; i++) expect(allowInquiryFrom("203.0.113.7", at(i))).toBe(true);
  expect(allowInquiryFrom("203.0.113.7", at(10))).toBe(false);
  expect(allowInquiryFrom("203.0.113.8", at(10)), "another address has its own count").toBe(true);
  expect(allowInquiryFrom("203.0.113.7", at(59))).toBe(false);
  expect(allowInquiryFrom("203.0.113.7", at(60.5)), "the first hit has left the window").toBe(true);
});

it("stores a keyed hash, never the address", () => {
  allowInquiryFrom("198.51.100.23");
  const rows = temp.db.select().from(rateLimitHits).all();
  expect(rows).toHaveLength(1);
  expect(rows[0]?.key).not.toContain("198.51");
  expect(rows[0]?.key).toMatch(/^[\w-]{16,}$/);
});

it("is lifted only by INQUIRY_RATE_LIMIT=off", () => {
  expect(parseEnv({}).inquiryRateLimit).toBe(true);
  expect(parseEnv({ INQUIRY_RATE_LIMIT: "on" }).inquiryRateLimit).toBe(true);
  expect(parseEnv({ INQUIRY_RATE_LIMIT: "OFF" }).inquiryRateLimit).toBe(false);
  expect(() => parseEnv({ INQUIRY_RATE_LIMIT: "maybe" })).toThrow(/INQUIRY_RATE_LIMIT="maybe": Use on or off/);
  process.env.INQUIRY_RATE_LIMIT = "off";
  forgetEnv();
  for (let i = 0; i < 20; i++) expect(allowInquiryFrom("203.0.113.9")).toBe(true);
  expect(temp.db.select().from(rateLimitHits).all()).toHaveLength(0);
});
