import { listInquiries } from "@/db/inquiries/inquiries";
import { requireActionUser } from "@/lib/accounts/auth";
import { inquiriesCsv } from "@/lib/inquiries/inquiries-csv";
import { inquiryListFilter } from "@/lib/inquiries/inquiry-list-filter";
import { urgencyWindow } from "@/lib/inquiries/inquiry-urgency";
import { getSiteSettings } from "@/lib/site/settings";

// The inbox's filtered list as CSV (same ?status= and ?name= as the page).
export async function GET(request: Request): Promise<Response> {
  await requireActionUser({ role: "owner" });
  const url = new URL(request.url);
  const filter = inquiryListFilter({ status: url.searchParams.get("status"), name: url.searchParams.get("name") });
  const site = getSiteSettings();
  const rows = listInquiries(filter, urgencyWindow(site.timeZone), { limit: 100_000 });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(inquiriesCsv(rows, site.timeZone), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="inquiries-${stamp}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
