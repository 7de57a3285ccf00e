import { expect, it } from "vitest";
import { parseEnv } from "./env";

it("gives every setting a safe default", () => {
  expect(parseEnv({})).toEqual({
    databaseUrl: undefined,
    port: 3000,
    host: undefined,
    siteUrl: "http://localhost:3000",
    authSecret: undefined,
    admin: { email: undefined, password: undefined, name: undefined },
    trustProxy: false,
    smtpUrl: undefined,
    notifyEmail: undefined,
    mailFrom: undefined,
    outbox: { pollMs: 15_000, retryBaseMs: 60_000, retryMaxMs: 3_600_000 },
    inquiryRateLimit: true,
    contactMinFillMs: undefined,
    backupKeep: 14,
    importAllowLoopback: false,
  });
});

it("reads what is set: the port into the default site URL, HOST over HOSTNAME, flags", () => {
  const env = parseEnv({ PORT: "8080", HOSTNAME: "127.0.0.1", TRUST_PROXY: "yes", OUTBOX_POLL_MS: "250", SMTP_URL: "smtps://u:p@mail.example:465" });
  expect(env).toMatchObject({ port: 8080, host: "127.0.0.1", siteUrl: "http://localhost:8080", trustProxy: true, smtpUrl: "smtps://u:p@mail.example:465" });
  expect(env.outbox.pollMs).toBe(250);
  expect(parseEnv({ HOST: "::1", HOSTNAME: "127.0.0.1" }).host).toBe("::1");
  expect(parseEnv({ SITE_URL: "https://firm.example/" }).siteUrl).toBe("https://firm.example");
});

it("refuses bad values with a message naming each variable", () => {
  const bad = { OUTBOX_POLL_MS: "abc", PORT: "70000", TRUST_PROXY: "sometimes", SITE_URL: "firm.example", AUTH_SECRET: "short", NOTIFY_EMAIL: "not an address" };
  let message = "";
  try {
    parseEnv(bad);
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message).toContain("The server cannot start");
  for (const name of Object.keys(bad)) expect(message).toContain(`${name}=`);
  expect(message).toContain('OUTBOX_POLL_MS="abc": Use a whole number of milliseconds.');
});

it("accepts the test harness's short form time only on a site that is not https", () => {
  expect(parseEnv({ E2E_CONTACT_MIN_FILL_MS: "200", SITE_URL: "http://127.0.0.1:4000" }).contactMinFillMs).toBe(200);
  expect(() => parseEnv({ E2E_CONTACT_MIN_FILL_MS: "200", SITE_URL: "https://firm.example" })).toThrow(/test harness only/);
});

it("reads how many backups to keep, and refuses a count that is not one", () => {
  expect(parseEnv({ BACKUP_KEEP: "3" }).backupKeep).toBe(3);
  expect(() => parseEnv({ BACKUP_KEEP: "0" })).toThrow(/BACKUP_KEEP="0": Keep at least 1/);
  expect(() => parseEnv({ BACKUP_KEEP: "many" })).toThrow(/BACKUP_KEEP/);
});

it("binds to HOST, else HOSTNAME, else every interface", () => {
  expect(parseEnv({ HOSTNAME: "127.0.0.2" }).host).toBe("127.0.0.2");
  expect(parseEnv({ HOST: "127.0.0.1", HOSTNAME: "0.0.0.0" }).host).toBe("127.0.0.1");
  expect(parseEnv({ HOST: " ", HOSTNAME: "" }).host).toBeUndefined();
});
