import { Readable } from "node:stream";
import { requireActionUser } from "@/lib/accounts/auth";
import { utcToZonedTime } from "@/lib/dates/zoned-time";
import { siteExportChunks } from "@/lib/export/site-export";
import { siteUrl } from "@/lib/http/site-url";
import { getSiteSettings } from "@/lib/site/settings";

/** Owner only: the whole site (not its inquiries) as one zip, streamed as it is made. */
export async function GET() {
  await requireActionUser({ role: "owner" });
  const site = getSiteSettings();
  const day = utcToZonedTime(new Date(), site.timeZone).slice(0, 10);
  const body = Readable.toWeb(Readable.from(siteExportChunks({ title: site.firmName, siteUrl: siteUrl() }))) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="site-export-${day}.zip"`,
      "Cache-Control": "no-store",
    },
  });
}
