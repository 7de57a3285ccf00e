import { TOTP, Secret } from "otpauth";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findTotp } from "@/db/second-factors";
import { useTempDatabase } from "@/db/temp-database";
import { createUser } from "@/db/users";
import { authOptions, SECOND_FACTOR_NEEDED, SECOND_FACTOR_WRONG } from "./auth-options";
import { hashPassword } from "./passwords";
import { confirmTotpEnrollment, startTotpEnrollment } from "./second-factor";

let temp: ReturnType<typeof useTempDatabase>;
beforeEach(() => (temp = useTempDatabase()));
afterEach(() => temp.remove());

const PASSWORD = "a long and unguessable passphrase";
type Authorize = (raw: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string } | null>;
const authorize = (): Authorize => (authOptions().providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
const from = (address: string) => ({ headers: { "x-forwarded-for": address, "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0" } });

/** How a sign-in attempt ended: the user, null (wrong), or the message thrown to the form. */
async function outcome(raw: Record<string, string>, address = "10.0.0.1"): Promise<string> {
  try {
    const user = await authorize()(raw, from(address));
    return user ? "signed in" : "wrong";
  } catch (error) {
    return (error as Error).message;
  }
}

async function owner() {
  return createUser({ name: "Olive Owner", email: "olive@firm.test", passwordHash: await hashPassword(PASSWORD), role: "owner" });
}

describe("password guesses", () => {
  it("checks at most five of 20 parallel guesses from one address, and then refuses the right password too", async () => {
    await owner();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => outcome({ email: "olive@firm.test", password: `wrong guess ${i}` })));
    const checked = temp.db.$client.prepare("select count(*) n from login_attempts where outcome in ('failure','success','pending')").get() as { n: number };
    expect(checked.n).toBeLessThanOrEqual(5);
    expect(results.filter((r) => r === "wrong" || r.startsWith("Too many")).length).toBe(20);
    expect(await outcome({ email: "olive@firm.test", password: PASSWORD })).toMatch(/Try again in 1[45] minutes/);
    expect(await outcome({ email: "olive@firm.test", password: PASSWORD }, "10.0.0.2")).toBe("signed in");
  });

  it("records the session's address and browser", async () => {
    const user = await owner();
    expect(await outcome({ email: "olive@firm.test", password: PASSWORD }, "192.0.2.7")).toBe("signed in");
    const row = temp.db.$client.prepare("select address, user_agent from sessions where user_id = ?").get(user.id) as { address: string; user_agent: string };
    expect(row).toEqual({ address: "192.0.2.7", user_agent: expect.stringContaining("Chrome") });
  });
});

describe("second factor", () => {
  it("asks for a code after the right password, refuses a wrong or replayed one, and takes a recovery code once", async () => {
    const user = await owner();
    const { secret } = startTotpEnrollment(user.id, user.email, "Firm");
    const totp = new TOTP({ secret: Secret.fromBase32(secret) });
    const codes = confirmTotpEnrollment(user.id, totp.generate({ timestamp: Date.now() - 30_000 }))!;
    expect(codes).toHaveLength(10);
    expect(findTotp(user.id)?.secret).toBe(secret);

    const login = { email: "olive@firm.test", password: PASSWORD };
    expect(await outcome(login)).toBe(`${SECOND_FACTOR_NEEDED}:totp,`);
    expect(await outcome({ ...login, code: "000000" === totp.generate() ? "111111" : "000000" })).toBe(SECOND_FACTOR_WRONG);
    const now = totp.generate();
    expect(await outcome({ ...login, code: now })).toBe("signed in");
    expect(await outcome({ ...login, code: now })).toBe(SECOND_FACTOR_WRONG);
    expect(await outcome({ ...login, code: codes[0]!.toUpperCase() })).toBe("signed in");
    expect(await outcome({ ...login, code: codes[0]! })).toBe(SECOND_FACTOR_WRONG);
    // A wrong password never learns whether a second factor is set.
    expect(await outcome({ email: "olive@firm.test", password: "not the password at all" })).toBe("wrong");
  });

  it("counts wrong codes like wrong passwords: five lock the account from that address", async () => {
    await owner();
    const user = temp.db.$client.prepare("select id from users").get() as { id: number };
    const { secret } = startTotpEnrollment(user.id, "olive@firm.test", "Firm");
    confirmTotpEnrollment(user.id, new TOTP({ secret: Secret.fromBase32(secret) }).generate());
    const login = { email: "olive@firm.test", password: PASSWORD };
    for (let i = 0; i < 4; i++) expect(await outcome({ ...login, code: `12345${i}` }, "10.0.0.9")).toBe(SECOND_FACTOR_WRONG);
    expect(await outcome({ ...login, code: "123459" }, "10.0.0.9")).toMatch(/Try again in 15 minutes/);
    expect(await outcome(login, "10.0.0.9")).toMatch(/Try again/);
  });

  it("caps guesses at the account from every address: of 4 addresses x 5 wrong codes, 10 are checked, and the account and the owner are told once", async () => {
    await owner();
    const editor = createUser({ name: "Ed Itor", email: "ed@firm.test", passwordHash: await hashPassword(PASSWORD), role: "editor" });
    const { secret } = startTotpEnrollment(editor.id, editor.email, "Firm");
    const totp = new TOTP({ secret: Secret.fromBase32(secret) });
    confirmTotpEnrollment(editor.id, totp.generate({ timestamp: Date.now() - 30_000 }));
    const login = { email: "ed@firm.test", password: PASSWORD };
    const wrongCode = (i: number) => String((Number(totp.generate()) + 1 + i) % 1_000_000).padStart(6, "0");
    const answers: string[] = [];
    for (const address of ["198.51.100.1", "198.51.100.2", "198.51.100.3", "198.51.100.4"]) {
      for (let i = 0; i < 5; i++) answers.push(await outcome({ ...login, code: wrongCode(i) }, address));
    }
    const checked = temp.db.$client.prepare("select count(*) n from login_attempts where outcome in ('failure','success','pending')").get() as { n: number };
    expect(checked.n).toBe(10);
    expect(answers.slice(10).every((answer) => answer.includes("locked, except from places it signed in from before"))).toBe(true);
    // Even the right password and code from a fifth address: the account is locked from new places.
    expect(await outcome({ ...login, code: totp.generate() }, "198.51.100.5")).toMatch(/Try again in 1[45] minutes/);
    const mail = temp.db.$client.prepare("select to_address, subject from outbox order by to_address").all();
    expect(mail).toEqual([
      { to_address: "ed@firm.test", subject: expect.stringContaining("sign-ins to ed@firm.test were locked") },
      { to_address: "olive@firm.test", subject: expect.stringContaining("sign-ins to ed@firm.test were locked") },
    ]);
  });

  it("spares a place the account signed in from before", async () => {
    await owner();
    const login = { email: "olive@firm.test", password: PASSWORD };
    expect(await outcome(login, "192.0.2.50")).toBe("signed in");
    for (const address of ["198.51.100.1", "198.51.100.2", "198.51.100.3"]) {
      for (let i = 0; i < 5; i++) await outcome({ ...login, password: `wrong guess ${i}` }, address);
    }
    expect(await outcome(login, "198.51.100.9")).toMatch(/locked, except from places/);
    expect(await outcome(login, "192.0.2.50")).toBe("signed in");
  });
});
