import { requireActionUser } from "@/lib/accounts/auth";
import { toCsv } from "@/lib/inquiries/csv";
import { getSiteSettings } from "@/lib/site/settings";
import { parseInsightRange } from "@/lib/visits/insights-range";
import { buildInsightsReport, dailyCsvRows } from "@/lib/visits/insights-report";

// The report's daily figures as CSV, for the range the page shows (?range=7d|30d|90d|12m).
export async function GET(request: Request): Promise<Response> {
  await requireActionUser({ role: "owner" });
  const range = parseInsightRange(new URL(request.url).searchParams.get("range"));
  const report = buildInsightsReport(range, getSiteSettings().timeZone);
  return new Response(toCsv(["Day", "Visits", "Unique visitors"], dailyCsvRows(report)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="visits-${report.from}-to-${report.to}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
