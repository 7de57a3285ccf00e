// The firm's social profiles: plain links in the footer, named for the site they lead to.
// The browser imports this too.
import { z } from "zod";

const KNOWN: { host: RegExp; name: string }[] = [
  { host: /(^|\.)facebook\.com$/, name: "Facebook" },
  { host: /(^|\.)linkedin\.com$/, name: "LinkedIn" },
  { host: /(^|\.)(x|twitter)\.com$/, name: "X" },
  { host: /(^|\.)instagram\.com$/, name: "Instagram" },
  { host: /(^|\.)youtube\.com$|^youtu\.be$/, name: "YouTube" },
  { host: /(^|\.)tiktok\.com$/, name: "TikTok" },
  { host: /(^|\.)avvo\.com$/, name: "Avvo" },
  { host: /(^|\.)google\.com$|^g\.page$/, name: "Google" },
];

export const socialLinkSchema = z
  .string()
  .trim()
  .max(300, "A link can be at most 300 characters.")
  .refine((text) => {
    try {
      const url = new URL(text);
      return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
    } catch {
      return false;
    }
  }, "Enter each link as a full address starting with https://");

/** "Facebook" for a facebook.com address; the host name for others. */
export function socialLinkName(link: string): string {
  const host = new URL(link).hostname.replace(/^www\./, "");
  return KNOWN.find((k) => k.host.test(host))?.name ?? host;
}
