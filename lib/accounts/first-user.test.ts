import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { useTempDatabase } from "@/db/temp-database";
import { countSignInAccounts, findUserByEmail } from "@/db/users";
import { createOwnerWithToken, ensureFirstUser, isSetupTokenValid } from "./first-user";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => {
  temp = useTempDatabase();
});
afterEach(() => {
  vi.restoreAllMocks();
  temp.remove();
});

it("creates the owner from ADMIN_EMAIL and ADMIN_PASSWORD when nobody can sign in", async () => {
  vi.stubEnv("ADMIN_EMAIL", "Boss@Firm.test");
  vi.stubEnv("ADMIN_PASSWORD", "a long enough password");
  vi.spyOn(console, "log").mockImplementation(() => {});
  await ensureFirstUser();
  expect(findUserByEmail("boss@firm.test")).toMatchObject({ role: "owner", active: true });
  await ensureFirstUser();
  expect(countSignInAccounts()).toBe(1);
});

it("otherwise prints a one-time setup link that stops working once used", async () => {
  vi.stubEnv("ADMIN_EMAIL", "");
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  await ensureFirstUser();
  const token = /token=([\w-]+)/.exec(String(log.mock.calls.at(-1)?.[0]))?.[1];
  expect(token).toBeTruthy();
  expect(isSetupTokenValid("wrong")).toBe(false);
  expect(isSetupTokenValid(token)).toBe(true);

  const account = { name: "Pat Owner", email: "pat@firm.test", password: "a long enough password" };
  expect(await createOwnerWithToken(token, account)).toBe(true);
  expect(findUserByEmail("pat@firm.test")?.role).toBe("owner");
  expect(isSetupTokenValid(token)).toBe(false);
  expect(await createOwnerWithToken(token, { ...account, email: "second@firm.test" })).toBe(false);
  expect(countSignInAccounts()).toBe(1);
});
