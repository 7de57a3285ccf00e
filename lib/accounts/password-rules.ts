// What a new password must be beyond its length (lib/accounts/passwords.ts): not a common or
// guessable one (zxcvbn's estimate with its common-password and word lists), not built
// from the account's own email or name, and not the password it replaces. The message
// says which rule it broke, in plain words.
import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import { verifyPassword } from "./passwords";

// 3 of 4: at least 10^8 guesses by zxcvbn's estimate, which is what a throttled online
// attack and a stolen argon2id hash both need to be out of reach.
const MIN_SCORE = 3;

let factory: ZxcvbnFactory | undefined;
const checker = () => (factory ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs }));

/** The words a password must not be built from: the email, its parts, the name's parts. */
function personalWords(account: { email: string; name?: string }): string[] {
  const email = account.email.trim().toLowerCase();
  const [local = "", domain = ""] = email.split("@");
  const name = (account.name ?? "").toLowerCase();
  const words = [email, local, domain, ...local.split(/[._+-]+/), name, ...name.split(/\s+/)];
  return [...new Set(words.filter((word) => word.length >= 3))];
}

/** Why `password` is refused for this account, or undefined when it is fine. */
export function weakPasswordReason(password: string, account: { email: string; name?: string }): string | undefined {
  // Compared without spaces and punctuation: "Jane.Doe", "jane doe" and "JaneDoe!" are one.
  const compact = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const personal = personalWords(account);
  const typed = compact(password);
  if (personal.some((word) => compact(word).length >= 5 && typed.includes(compact(word)))) {
    return "Don’t use your email address or name in your password.";
  }
  const result = checker().check(password, personal);
  if (result.score >= MIN_SCORE) return undefined;
  const warning = result.feedback.warning;
  if (warning === "userInputs") return "Don’t use your email address or name in your password.";
  if (warning === "common" || warning === "topTen" || warning === "topHundred" || warning === "similarToCommon") {
    return "That password is on lists of common passwords that attackers try first. Choose another.";
  }
  if (warning === "extendedRepeat" || warning === "simpleRepeat") return "Repeated words or characters are easy to guess. Choose another.";
  if (warning === "sequences" || warning === "straightRow" || warning === "keyPattern") return "Sequences such as 1234 or qwerty are easy to guess. Choose another.";
  return "That password is too easy to guess. A few unrelated words together make a strong one.";
}

/** The whole check for a password change: the rules above, and not the current password. */
export async function newPasswordProblem(password: string, account: { email: string; name?: string; passwordHash?: string | null }): Promise<string | undefined> {
  if (account.passwordHash && (await verifyPassword(account.passwordHash, password))) return "Choose a password different from your current one.";
  return weakPasswordReason(password, account);
}
