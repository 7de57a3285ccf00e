import { listArchivedVersions } from "@/db/post-admin/post-versions";
import { buildAdvertisingArchive } from "@/lib/site/advertising-archive";
import { requireActionUser } from "@/lib/accounts/auth";
import { getSiteSettings } from "@/lib/site/settings";
import { siteUrl } from "@/lib/http/site-url";
import { utcToZonedTime } from "@/lib/dates/zoned-time";

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
