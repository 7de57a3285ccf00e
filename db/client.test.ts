import path from "node:path";
import { expect, it } from "vitest";
import { databasePath } from "./client";

it("reads DATABASE_URL as a path or a file: URL, with data/site.db by default", () => {
  expect(databasePath(undefined)).toBe(path.join(process.cwd(), "data", "site.db"));
  expect(databasePath("/tmp/a.db")).toBe("/tmp/a.db");
  expect(databasePath("file:///tmp/b.db")).toBe("/tmp/b.db");
  expect(databasePath("file:rel/c.db")).toBe(path.resolve("rel/c.db"));
  expect(databasePath("rel/d.db")).toBe(path.resolve("rel/d.db"));
});
