import { listArchivedVersions } from "@/db/post-admin";
import { buildAdvertisingArchive } from "@/lib/advertising-archive";
import { requireActionUser } from "@/lib/auth";
import { getSiteSettings } from "@/lib/settings";
import { siteUrl } from "@/lib/site-url";
import { utcToZonedTime } from "@/lib/zoned-time";

/** Owner only: every published version of every post and page, as a ZIP of HTML files. */
export async function GET() {
  await requireActionUser({ role: "owner" });
  const site = getSiteSettings();
  const zip = buildAdvertisingArchive(listArchivedVersions(), { firmName: site.firmName, siteUrl: siteUrl(), timeZone: site.timeZone });
  const day = utcToZonedTime(new Date(), site.timeZone).slice(0, 10);
  return new Response(Buffer.from(zip), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="advertising-archive-${day}.zip"`,
      "Cache-Control": "no-store",
    },
  });
}
