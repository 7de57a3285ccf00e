// Every environment variable the site reads, validated in one place. The server checks
// them when it starts (instrumentation.ts) and refuses to start on a bad value with a
// message naming the variable; code reads them through env(), never process.env.
import "server-only";
import { z } from "zod";

const MINUTE = 60_000;

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const flag = z
  .string()
  .trim()
  .toLowerCase()
  .refine((value) => ["", "0", "1", "true", "false", "yes", "no", "on", "off"].includes(value), "Use 1 or 0 (or yes / no).")
  .transform((value) => ["1", "true", "yes", "on"].includes(value))
  .optional();

const milliseconds = (fallback: number, min: number, max: number) =>
  z.coerce
    .number({ error: "Use a whole number of milliseconds." })
    .int("Use a whole number of milliseconds.")
    .min(min, `Use at least ${min}.`)
    .max(max, `Use at most ${max}.`)
    .default(fallback);

const schema = z
  .object({
    DATABASE_URL: optionalText,
    PORT: z.coerce.number({ error: "Use a port number." }).int().min(1, "Use a port from 1 to 65535.").max(65535, "Use a port from 1 to 65535.").default(3000),
    // Where the server listens; HOSTNAME is what `next start` reads, HOST wins when both are set.
    HOST: optionalText,
    HOSTNAME: optionalText,
    SITE_URL: z
      .string()
      .trim()
      .refine((value) => value === "" || /^https?:\/\/[^/?#\s]+\/*$/i.test(value), "Use an origin such as https://your-firm.example (no path).")
      .optional(),
    AUTH_SECRET: optionalText.refine((value) => value === undefined || value.length >= 32, "Use at least 32 characters (for example: openssl rand -base64 32)."),
    ADMIN_EMAIL: optionalText,
    ADMIN_PASSWORD: z.string().optional(),
    ADMIN_NAME: optionalText,
    TRUST_PROXY: flag,
    SMTP_URL: optionalText.refine((value) => value === undefined || /^smtps?:\/\/[^\s]+$/i.test(value), "Use smtp://user:pass@host:587 or smtps://…"),
    NOTIFY_EMAIL: optionalText.refine((value) => value === undefined || z.email().safeParse(value).success, "Use one email address."),
    MAIL_FROM: optionalText,
    OUTBOX_POLL_MS: milliseconds(15_000, 100, 60 * MINUTE),
    OUTBOX_RETRY_BASE_MS: milliseconds(MINUTE, 100, 24 * 60 * MINUTE),
    OUTBOX_RETRY_MAX_MS: milliseconds(60 * MINUTE, 100, 7 * 24 * 60 * MINUTE),
    INQUIRY_RATE_LIMIT: z
      .string()
      .trim()
      .toLowerCase()
      .refine((value) => ["", "on", "off"].includes(value), "Use on or off.")
      .transform((value) => value !== "off")
      .optional(),
    // How many backups `npm run db:backup` keeps (the oldest beyond it are deleted).
    BACKUP_KEEP: z.coerce.number({ error: "Use a whole number of backups." }).int("Use a whole number of backups.").min(1, "Keep at least 1.").max(1000, "Use at most 1000.").default(14),
    // Test harness only (playwright.config.ts): a shorter minimum time to fill the contact
    // form, so the journeys need not sleep. Refused on an https site (see below).
    E2E_CONTACT_MIN_FILL_MS: z.coerce.number().int().min(0).max(60_000).optional(),
    // Test harness and benchmarks only: lets an import fetch from 127.0.0.1 / ::1 (a fake old
    // site on loopback). Private and link-local networks stay refused. Refused on an https site.
    IMPORT_ALLOW_LOOPBACK: flag,
  })
  .superRefine((values, ctx) => {
    if (values.E2E_CONTACT_MIN_FILL_MS !== undefined && values.SITE_URL?.toLowerCase().startsWith("https:")) {
      ctx.addIssue({ code: "custom", path: ["E2E_CONTACT_MIN_FILL_MS"], message: "Is for the test harness only: unset it on a public site." });
    }
    if (values.IMPORT_ALLOW_LOOPBACK && values.SITE_URL?.toLowerCase().startsWith("https:")) {
      ctx.addIssue({ code: "custom", path: ["IMPORT_ALLOW_LOOPBACK"], message: "Is for the test harness only: unset it on a public site." });
    }
  })
  .transform((values) => ({
    databaseUrl: values.DATABASE_URL,
    port: values.PORT,
    host: values.HOST ?? values.HOSTNAME,
    siteUrl: (values.SITE_URL || `http://localhost:${values.PORT}`).replace(/\/+$/, ""),
    authSecret: values.AUTH_SECRET,
    admin: { email: values.ADMIN_EMAIL, password: values.ADMIN_PASSWORD, name: values.ADMIN_NAME },
    trustProxy: values.TRUST_PROXY ?? false,
    smtpUrl: values.SMTP_URL,
    notifyEmail: values.NOTIFY_EMAIL,
    mailFrom: values.MAIL_FROM,
    outbox: { pollMs: values.OUTBOX_POLL_MS, retryBaseMs: values.OUTBOX_RETRY_BASE_MS, retryMaxMs: values.OUTBOX_RETRY_MAX_MS },
    inquiryRateLimit: values.INQUIRY_RATE_LIMIT ?? true,
    contactMinFillMs: values.E2E_CONTACT_MIN_FILL_MS,
    backupKeep: values.BACKUP_KEEP,
    importAllowLoopback: values.IMPORT_ALLOW_LOOPBACK ?? false,
  }));

export type Env = z.output<typeof schema>;

/** Reads `raw` (process.env by default); throws one error that lists every bad variable. */
export function parseEnv(raw: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${String(issue.path[0])}=${JSON.stringify(raw[String(issue.path[0])] ?? "")}: ${issue.message}`);
  throw new Error(`The server cannot start: fix these environment variables.\n${lines.join("\n")}`);
}

let cached: Env | undefined;

/** The validated environment, read once. */
export function env(): Env {
  return (cached ??= parseEnv());
}

/** For tests that change process.env between cases: the next env() reads it again. */
export function forgetEnv(): void {
  cached = undefined;
}
