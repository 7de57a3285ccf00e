import { afterEach, expect, it } from "vitest";
import { CHALLENGE_MS, CHALLENGES_PER_CLIENT, forgetChallenges, keepChallenge, MAX_CHALLENGES, takeChallenge } from "./passkey-challenges";

afterEach(() => forgetChallenges());
const now = 1_800_000_000_000;

it("1,000 requests from one client leave another client's pending challenge valid", () => {
  const theirs = keepChallenge("challenge-of-the-owner", "address:owner", now)!;
  for (let i = 0; i < 1000; i++) expect(keepChallenge(`flood-${i}`, "address:attacker", now + i)).toBeDefined();
  expect(takeChallenge(theirs, "address:owner", now + 2000)).toBe("challenge-of-the-owner");
});

it("keeps a few per client, newest first; one use each, for the client it was given to, for five minutes", () => {
  const ids = Array.from({ length: CHALLENGES_PER_CLIENT + 1 }, (_, i) => keepChallenge(`c${i}`, "address:a", now + i)!);
  // The oldest gave way to the newest.
  expect(takeChallenge(ids[0], "address:a", now + 10)).toBeUndefined();
  expect(takeChallenge(ids[1], "address:b", now + 10)).toBeUndefined();
  // A failed take from another client still used it up.
  expect(takeChallenge(ids[1], "address:a", now + 10)).toBeUndefined();
  expect(takeChallenge(ids[2], "address:a", now + 10)).toBe("c2");
  expect(takeChallenge(ids[2], "address:a", now + 11)).toBeUndefined();
  expect(takeChallenge(ids[3], "address:a", now + CHALLENGE_MS + 3)).toBeUndefined();
  expect(takeChallenge(ids[4], "address:a", now + CHALLENGE_MS + 3)).toBe("c4");
});

it("refuses a new client when the store is full of live challenges rather than evicting anyone's, and makes room as they expire", () => {
  for (let i = 0; i < MAX_CHALLENGES; i++) keepChallenge("x", `address:${i}`, now);
  expect(keepChallenge("late", "address:late", now + 1)).toBeUndefined();
  // A client already in the store replaces its own oldest.
  expect(keepChallenge("mine", "address:7", now + 1)).toBeDefined();
  expect(keepChallenge("later", "address:late", now + CHALLENGE_MS)).toBeDefined();
});
