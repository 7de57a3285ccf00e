import { expect, it } from "vitest";
import { z } from "zod";
import { maxLengthOf } from "./schema-max-length";

const line = (max: number) => z.string().trim().max(max);

it("reads a string's limit, through refinements", () => {
  expect(maxLengthOf(line(120).min(1))).toBe(120);
  expect(maxLengthOf(line(60).refine(() => true, "never"))).toBe(60);
  expect(maxLengthOf(z.string())).toBeUndefined();
});

it("takes the largest limit of a union (an email or nothing)", () => {
  expect(maxLengthOf(z.email().max(254).or(z.literal("")))).toBe(254);
});

it("allows a list typed one item per line its items, line breaks included", () => {
  expect(maxLengthOf(z.array(line(80).min(1)).max(20))).toBe(20 * 80 + 19);
  expect(maxLengthOf(z.array(line(80)))).toBeUndefined();
  expect(maxLengthOf(z.boolean())).toBeUndefined();
});
