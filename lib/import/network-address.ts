// Which addresses an import may fetch from: the public internet only. An address the owner
// types (or a redirect, or a link inside a sitemap) must never reach the machine itself, the
// office network or a cloud's metadata service.
import "server-only";
import net from "node:net";

function ipv4Parts(address: string): number[] | undefined {
  const parts = address.split(".").map(Number);
  return parts.length === 4 && parts.every((n) => Number.isInteger(n) && n >= 0 && n <= 255) ? parts : undefined;
}

export function isLoopback(address: string): boolean {
  const v4 = ipv4Parts(address.replace(/^::ffff:/i, ""));
  if (v4) return v4[0] === 127;
  return address === "::1";
}

/** Loopback, private, link-local, carrier-grade NAT, multicast, unspecified or reserved. */
export function isNonPublic(address: string): boolean {
  const mapped = address.replace(/^::ffff:/i, "");
  const v4 = ipv4Parts(mapped);
  if (v4) {
    const [a, b] = v4 as [number, number, number, number];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 192 && b === 0) ||
      (a === 198 && (b === 18 || b === 19)) ||
      a >= 224
    );
  }
  if (net.isIPv6(address)) {
    const lower = address.toLowerCase();
    return (
      lower === "::" ||
      lower === "::1" ||
      /^fe[89ab]/.test(lower) || // link-local
      /^f[cd]/.test(lower) || // unique local
      lower.startsWith("ff") || // multicast
      lower.startsWith("64:ff9b:") || // NAT64 can reach IPv4 private space
      lower.startsWith("2001:db8")
    );
  }
  return true;
}

/** Whether an import may connect to `address` (loopback only when the test harness allows it). */
export function mayConnect(address: string, allowLoopback: boolean): boolean {
  if (allowLoopback && isLoopback(address)) return true;
  return !isNonPublic(address);
}
