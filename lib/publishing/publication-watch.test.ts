import { afterEach, beforeEach, expect, it } from "vitest";
import { insertPost, nextScheduledPublication } from "@/db/posts";
import { useTempDatabase } from "@/db/temp-database";
import { createUser } from "@/db/users";
import { waitBeforeLooking } from "./publication-watch";

const now = new Date("2026-11-28T18:00:00Z");
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

it("sleeps until just after the next scheduled time, and never more than a minute", () => {
  expect(waitBeforeLooking(at(5), now.getTime())).toBe(5_050);
  expect(waitBeforeLooking(at(3600), now.getTime())).toBe(60_000);
  expect(waitBeforeLooking(undefined, now.getTime())).toBe(60_000);
  // Already due (the server was busy, or the clock moved): at once.
  expect(waitBeforeLooking(at(-10), now.getTime())).toBe(0);
});

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => (temp = useTempDatabase()));
afterEach(() => temp.remove());

it("finds the next time a published, untrashed post goes public, ignoring drafts and the past", () => {
  const createdBy = createUser({ email: "a@example.com", name: "A" }).id;
  const post = (slug: string, values: Partial<Parameters<typeof insertPost>[0]>) =>
    insertPost({ slug, title: slug, createdBy, updatedAt: now, status: "published", ...values });
  expect(nextScheduledPublication(now)).toBeUndefined();
  post("out", { publishedAt: at(-60) });
  post("draft", { status: "draft", publishedAt: at(30) });
  post("trashed", { publishedAt: at(40), deletedAt: now });
  post("later", { publishedAt: at(600) });
  post("soon", { publishedAt: at(120) });
  expect(nextScheduledPublication(now)).toEqual(at(120));
});
