import "server-only";
import { createHmac } from "node:crypto";
import { serverSecret } from "@/lib/platform/secret";

/**
 * The client's address. scripts/server.mjs drops any X-Forwarded-For the client sent
 * unless TRUST_PROXY is set, and Next then fills the header with the socket's address;
 * behind a trusted proxy, the proxy appends the address it saw, so the last entry is
 * the one to believe either way.
 */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined>): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : (raw ?? "");
  const entries = value.split(",").map((part) => part.trim()).filter(Boolean);
  return entries.at(-1) ?? "unknown";
}

/** A keyed hash of an address: enough to count attempts, not a stored IP. */
export function addressHash(address: string): string {
  return createHmac("sha256", serverSecret()).update(`address:${address}`).digest("base64url").slice(0, 22);
}
