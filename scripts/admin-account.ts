// `npm run admin:create -- EMAIL "Full Name"`, `npm run admin:reset-password -- EMAIL` and
// `npm run admin:reset-second-factor -- EMAIL`: the owner account, password resets, and
// the way back in for someone who lost both their phone and their recovery codes (from a
// terminal on the server only). The password comes from ADMIN_PASSWORD or is asked for
// (twice, not echoed).
import { applyMigrations } from "@/db/migrate";
import { db } from "@/db/client";
import { removeSecondFactors } from "@/db/second-factors";
import { revokeUserSessions } from "@/db/sessions";
import { createUser, findUserByEmail, setPasswordHash } from "@/db/users";
import { newAccountSchema } from "@/lib/accounts/first-user";
import { weakPasswordReason } from "@/lib/accounts/password-rules";
import { hashPassword, passwordSchema } from "@/lib/accounts/passwords";
import { askHidden } from "./ask-hidden";

async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  const first = await askHidden("Password (at least 12 characters): ");
  const second = await askHidden("Same password again: ");
  if (first !== second) fail("The two passwords differ.");
  return first;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main() {
  const [command, email, ...nameParts] = process.argv.slice(2);
  if (!email || !["create", "reset-password", "reset-second-factor"].includes(command ?? "")) {
    fail('Usage: npm run admin:create -- EMAIL "Full Name"  |  npm run admin:reset-password -- EMAIL  |  npm run admin:reset-second-factor -- EMAIL');
  }
  applyMigrations(db());
  const existing = findUserByEmail(email);

  if (command === "create") {
    if (existing) fail(`${email} already has an account: use admin:reset-password.`);
    const parsed = newAccountSchema.safeParse({ email, name: nameParts.join(" ") || email.split("@")[0], password: await readPassword() });
    if (!parsed.success) fail(parsed.error.issues.map((issue) => issue.message).join("\n"));
    createUser({ name: parsed.data.name, email: parsed.data.email, passwordHash: await hashPassword(parsed.data.password), role: "owner" });
    console.log(`Created the owner account ${parsed.data.email}.`);
    return;
  }

  if (!existing?.passwordHash) fail(`No account for ${email}.`);
  if (command === "reset-second-factor") {
    removeSecondFactors(existing.id);
    revokeUserSessions(existing.id);
    console.log(`Removed ${existing.email}'s authenticator app, passkeys and recovery codes, and ended their sessions. They sign in with the password, then set a second factor up again.`);
    return;
  }
  const password = passwordSchema.safeParse(await readPassword());
  if (!password.success) fail(password.error.issues.map((issue) => issue.message).join("\n"));
  const weak = weakPasswordReason(password.data, existing);
  if (weak) fail(weak);
  setPasswordHash(existing.id, await hashPassword(password.data));
  revokeUserSessions(existing.id);
  console.log(`New password set for ${existing.email}; their sessions were ended.`);
}

await main();
