import "server-only";
import { encode } from "uqr";

/** A QR code as one SVG path (a unit square per dark module) and its size, drawn by components/admin/qr-code.tsx. */
export function qrCodePath(text: string): { size: number; path: string } {
  const { size, data } = encode(text, { ecc: "M", border: 2 });
  const parts: string[] = [];
  data.forEach((row, y) => row.forEach((dark, x) => dark && parts.push(`M${x} ${y}h1v1h-1z`)));
  return { size, path: parts.join("") };
}
