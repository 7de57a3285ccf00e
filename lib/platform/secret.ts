import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "@/db/client";
import { env } from "./env";

let cached: string | undefined;

/**
 * The server's signing secret (sessions, form tokens, address hashes): AUTH_SECRET
 * when given, otherwise one generated on first use and kept beside the database
 * (readable by the owner only), so it survives restarts and never enters the repo.
 */
export function serverSecret(): string {
  if (cached) return cached;
  const fromEnv = env().authSecret;
  if (fromEnv) return (cached = fromEnv);
  const dbFile = databasePath();
  const file = path.join(dbFile === ":memory:" ? process.cwd() : path.dirname(dbFile), "auth-secret");
  try {
    cached = fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const fresh = randomBytes(32).toString("base64url");
    // "wx": if another process wrote it first, read theirs instead.
    try {
      fs.writeFileSync(file, fresh, { mode: 0o600, flag: "wx" });
      cached = fresh;
    } catch {
      cached = fs.readFileSync(file, "utf8").trim();
    }
  }
  return cached;
}
