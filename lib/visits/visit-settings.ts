// The one switch for visit counting, stored with the other settings. Plain module: the
// insights page's form and the privacy page's wording read it too.
import { z } from "zod";
import "@/lib/forms/zod-jitless";

export const visitSettingsSchema = z.object({
  // Off: no beacon on any page, nothing counted, the contact form carries no visit path.
  visitCounting: z.boolean(),
});
export type VisitSettings = z.infer<typeof visitSettingsSchema>;
export const defaultVisitSettings: VisitSettings = { visitCounting: true };

/** Raw page views are kept this long; then only the daily totals remain. */
export const RAW_VIEW_DAYS = 30;
/** What visitors searched for is kept this long. */
export const SEARCH_TERM_MONTHS = 13;
