import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { readSettingValues, writeSettingValues } from "@/db/settings";
import { countSignInAccounts, createUser } from "@/db/users";
import { env } from "@/lib/platform/env";
import { weakPasswordReason } from "./password-rules";
import { hashPassword, passwordSchema } from "./passwords";
import { siteUrl } from "@/lib/http/site-url";

const SETUP_KEY = "setupTokenHash";

export const newAccountSchema = z
  .object({
    name: z.string().trim().min(1, "Enter a name.").max(120, "Use at most 120 characters."),
    email: z.email("Enter an email address.").trim().toLowerCase().max(254),
    password: passwordSchema,
  })
  .superRefine((account, ctx) => {
    const reason = weakPasswordReason(account.password, account);
    if (reason) ctx.addIssue({ code: "custom", path: ["password"], message: reason });
  });

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * At start-up, while nobody can sign in: create the owner from ADMIN_EMAIL and
 * ADMIN_PASSWORD, or print a one-time setup link for the first visitor.
 */
export async function ensureFirstUser(): Promise<void> {
  if (countSignInAccounts() > 0) return;
  const { email, password, name } = env().admin;
  if (email && password) {
    const parsed = newAccountSchema.safeParse({ name: name || email.split("@")[0], email, password });
    if (!parsed.success) {
      console.error(`[startup] ADMIN_EMAIL / ADMIN_PASSWORD not used: ${parsed.error.issues.map((i) => i.message).join(" ")}`);
    } else {
      createUser({ ...parsed.data, passwordHash: await hashPassword(parsed.data.password), role: "owner" });
      console.log(`[startup] created the owner account ${parsed.data.email}`);
      return;
    }
  }
  const token = randomBytes(24).toString("base64url");
  writeSettingValues({ [SETUP_KEY]: digest(token) });
  console.log(`[startup] no account can sign in yet. Create the owner here (the link works once):\n  ${siteUrl()}/admin/setup?token=${token}`);
}

/** True while there is no account and `token` is the one printed at start-up. */
export function isSetupTokenValid(token: unknown): boolean {
  if (typeof token !== "string" || token.length > 100 || countSignInAccounts() > 0) return false;
  const stored = readSettingValues()[SETUP_KEY];
  if (typeof stored !== "string" || stored.length !== 64) return false;
  return timingSafeEqual(Buffer.from(digest(token)), Buffer.from(stored));
}

/** Creates the owner through the setup link, which then stops working. */
export async function createOwnerWithToken(token: unknown, account: z.infer<typeof newAccountSchema>): Promise<boolean> {
  if (!isSetupTokenValid(token)) return false;
  const passwordHash = await hashPassword(account.password);
  // Checked again after the slow hash: two visitors racing get one owner.
  if (!isSetupTokenValid(token)) return false;
  createUser({ name: account.name, email: account.email, passwordHash, role: "owner" });
  writeSettingValues({ [SETUP_KEY]: "" });
  return true;
}
