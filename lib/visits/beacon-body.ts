// What the beacon sends (components/site/visit-beacon.tsx): the page (path and query) and
// the referrer the browser gave it. Plain module: the browser builds the body from these names.
import { z } from "zod";
import "@/lib/forms/zod-jitless";
import { BEACON_BODY_LIMIT } from "@/lib/http/routes.mjs";

export const beaconBodySchema = z.strictObject({
  // The page's own address on this site: a path, with its query (utm_source lives there).
  p: z.string().max(600).regex(/^\/(?!\/)[^\s]*$/),
  // The referrer, as the browser reports it; classified into a source name and then dropped.
  r: z.string().max(1024),
});
export type BeaconBody = z.infer<typeof beaconBodySchema>;

/** The body, or undefined when it is not small well-formed JSON of that shape. */
export function parseBeaconBody(text: string): BeaconBody | undefined {
  if (text.length > BEACON_BODY_LIMIT) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = beaconBodySchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}
