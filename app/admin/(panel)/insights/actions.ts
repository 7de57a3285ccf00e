"use server";

import { redirect } from "next/navigation";
import { writeSettingValues } from "@/db/settings";
import { requireActionUser } from "@/lib/accounts/auth";
import { refreshPublicPages } from "@/lib/http/public-pages";
import { visitSettingsSchema } from "@/lib/visits/visit-settings";

/** Owner only: turns visit counting on or off (the beacon leaves or joins every public page). */
export async function saveVisitCounting(form: FormData): Promise<void> {
  await requireActionUser({ role: "owner" });
  const parsed = visitSettingsSchema.safeParse({ visitCounting: form.get("visitCounting") === "on" });
  if (!parsed.success) redirect("/admin/insights?error=counting");
  writeSettingValues(parsed.data);
  // The public layout includes the beacon only while counting is on; the privacy page says which.
  refreshPublicPages();
  redirect(`/admin/insights?saved=${parsed.data.visitCounting ? "on" : "off"}`);
}
