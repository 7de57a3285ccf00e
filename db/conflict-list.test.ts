import { afterEach, beforeEach, expect, it } from "vitest";
import { addConflictParty, countConflictParties, deleteConflictParty, importConflictParties, listConflictParties } from "./conflict-list";
import { useTempDatabase } from "./temp-database";
import { createUser } from "./users";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => (temp = useTempDatabase()));
afterEach(() => temp.remove());

it("adds by hand and by import, lists newest first, finds by name, and removes", () => {
  const owner = createUser({ email: "owner@firm.test", name: "Owner", role: "owner" });
  addConflictParty({ name: "Daniel R. López", role: "opposing_party", matter: "State v. Reyes" }, owner.id, new Date("2026-11-01T00:00:00Z"));
  const imported = importConflictParties(
    [
      { name: "Rosa Reyes", role: "client", matter: "State v. Reyes" },
      { name: "daniel r. lópez", role: "opposing_party", matter: "state v. reyes" },
      { name: "Rosa Reyes", role: "client", matter: "State v. Reyes" },
    ],
    owner.id,
    new Date("2026-11-02T00:00:00Z"),
  );
  expect(imported).toEqual({ added: 1, duplicates: 2 });
  expect(listConflictParties({ limit: 10 }).map((p) => [p.name, p.source])).toEqual([
    ["Rosa Reyes", "import"],
    ["Daniel R. López", "manual"],
  ]);
  expect(countConflictParties("reyes")).toBe(1);
  const [rosa] = listConflictParties({ search: "ROSA", limit: 10 });
  expect(deleteConflictParty(rosa!.id)).toBe(true);
  expect(countConflictParties()).toBe(1);
});
