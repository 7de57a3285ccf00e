import type { Metadata } from "next";
import Link from "next/link";
import { VisitsChart } from "@/components/admin/insights/visits-chart";
import { FormMessage } from "@/components/ui/form-message";
import { ScrollBox } from "@/components/ui/scroll-box";
import { requireUser } from "@/lib/accounts/auth";
import { getSiteSettings, getVisitSettings } from "@/lib/site/settings";
import { INSIGHT_RANGES, parseInsightRange, type InsightRange } from "@/lib/visits/insights-range";
import { buildInsightsReport, type PostFigure } from "@/lib/visits/insights-report";
import { saveVisitCounting } from "./actions";

export const metadata: Metadata = { title: "Which posts bring clients", robots: { index: false } };

type Props = { searchParams: Promise<{ range?: string; saved?: string; error?: string }> };

const number = new Intl.NumberFormat("en-US");
const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 });
const perDay = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const th = "p-2 text-left font-semibold";
const td = "p-2 align-top";
const numeric = "p-2 text-right tabular-nums align-top";

function Section({ id, title, children, note }: { id: string; title: string; note?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl font-semibold text-brand-900">
        {title}
      </h2>
      {note && <p className="text-slate-700">{note}</p>}
      {children}
    </section>
  );
}

function PostTable({ caption, rows }: { caption: string; rows: PostFigure[] }) {
  return (
    <ScrollBox label={caption}>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-slate-700">
            <th scope="col" className={th}>
              Post
            </th>
            <th scope="col" className={`${th} text-right`}>
              Visits
            </th>
            <th scope="col" className={`${th} text-right`}>
              Inquiries it led to
            </th>
            <th scope="col" className={`${th} text-right`}>
              Rate
            </th>
            <th scope="col" className={`${th} text-right`}>
              Visits in Spanish
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.postId} data-post={row.href} className="border-b border-slate-200">
              <th scope="row" className={`${td} font-normal`}>
                <a href={row.href} className="text-brand-700 underline">
                  {row.title}
                </a>
              </th>
              <td className={numeric}>{number.format(row.views)}</td>
              <td className={numeric}>{number.format(row.inquiries)}</td>
              <td className={numeric}>{row.views > 0 ? percent.format(row.rate) : "—"}</td>
              <td className={numeric} data-spanish-views="">
                {number.format(row.spanishViews)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

/** Names with their counts (sources, search terms), or `empty` when there are none. */
function CountList({ label, rows, empty, className = "" }: { label: string; rows: { name: string; count: number }[]; empty: string; className?: string }) {
  if (rows.length === 0) return <p className="text-slate-700">{empty}</p>;
  return (
    <ul className={`divide-y divide-slate-200 ${className}`} aria-label={label}>
      {rows.map((row) => (
        <li key={row.name} className="flex justify-between gap-4 py-2">
          <span className="break-words">{row.name}</span>
          <span className="tabular-nums">{number.format(row.count)}</span>
        </li>
      ))}
    </ul>
  );
}

export default async function InsightsPage({ searchParams }: Props) {
  await requireUser({ returnTo: "/admin/insights", role: "owner" });
  const params = await searchParams;
  const range = parseInsightRange(params.range);
  const site = getSiteSettings();
  const counting = getVisitSettings().visitCounting;
  const report = buildInsightsReport(range, site.timeZone);

  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">Which posts bring clients</h1>
        <p className="max-w-3xl text-slate-700">
          Visits are counted on this site&apos;s own server, without cookies and without any other company. A visitor is told apart from another for one day only;
          visitors whose browser asks not to be tracked count as visits but not as visitors. Inquiries count for the last post their writer read.
        </p>
        <nav aria-label="Time range" className="flex flex-wrap gap-2">
          {(Object.keys(INSIGHT_RANGES) as InsightRange[]).map((key) => (
            <Link
              key={key}
              href={`/admin/insights?range=${key}`}
              aria-current={key === range ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded-md border px-4 font-medium ${key === range ? "border-brand-800 bg-brand-800 text-white" : "border-brand-700 text-brand-800 hover:bg-brand-50"}`}
            >
              {INSIGHT_RANGES[key].label}
            </Link>
          ))}
        </nav>
      </div>

      {params.saved === "on" && <FormMessage ok message="Counting is on." />}
      {params.saved === "off" && <FormMessage ok message="Counting is off. Nothing more is counted; the figures so far stay." />}

      <Section id="daily-heading" title={`Visits per day, ${INSIGHT_RANGES[range].label}`}>
        <dl className="flex flex-wrap gap-x-8 gap-y-2">
          <div>
            <dt className="text-slate-700">Visits</dt>
            <dd className="text-2xl font-semibold text-brand-900" data-total="views">
              {number.format(report.totals.views)}
            </dd>
          </div>
          <div>
            <dt className="text-slate-700">Of them on the Spanish site</dt>
            <dd className="text-2xl font-semibold text-brand-900" data-total="spanish-views">
              {number.format(report.totals.spanishViews)}
            </dd>
          </div>
          <div>
            <dt className="text-slate-700">Unique visitors (added up day by day)</dt>
            <dd className="text-2xl font-semibold text-brand-900" data-total="visitors">
              {number.format(report.totals.visitors)}
            </dd>
          </div>
          <div>
            <dt className="text-slate-700">Inquiries after reading a post</dt>
            <dd className="text-2xl font-semibold text-brand-900" data-total="inquiries">
              {number.format(report.totals.inquiries)}
            </dd>
          </div>
        </dl>
        <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          <figure className="space-y-2">
            <VisitsChart daily={report.daily} />
            <figcaption className="text-sm text-slate-700">Bars: visits. Line: unique visitors. The same figures are in the table.</figcaption>
          </figure>
          <div className="max-h-80 overflow-y-auto" role="region" aria-label="Visits per day, as a table" tabIndex={0}>
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">Visits and unique visitors per day</caption>
              <thead className="sticky top-0 bg-white">
                <tr className="border-b-2 border-slate-300 text-slate-700">
                  <th scope="col" className={th}>
                    Day
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    Visits
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    Visitors
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...report.daily].reverse().map((d) => (
                  <tr key={d.day} className="border-b border-slate-200">
                    <th scope="row" className={`${td} font-normal whitespace-nowrap`}>
                      {d.day}
                    </th>
                    <td className={numeric}>{number.format(d.views)}</td>
                    <td className={numeric}>{number.format(d.visitors)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
        <a href={`/admin/insights/daily.csv?range=${range}`} className="inline-flex min-h-11 items-center rounded-md border border-brand-700 px-4 font-medium text-brand-800 hover:bg-brand-50">
          Download the daily figures (CSV)
        </a>
      </Section>

      <Section id="by-inquiries-heading" title="Posts by the inquiries they led to">
        {report.byInquiries.length === 0 ? <p className="text-slate-700">No inquiry in this range came after reading a post.</p> : <PostTable caption="Posts by the inquiries they led to" rows={report.byInquiries} />}
      </Section>

      <Section id="by-visits-heading" title="Posts by visits">
        {report.byVisits.length === 0 ? <p className="text-slate-700">No post was visited in this range.</p> : <PostTable caption="Posts by visits" rows={report.byVisits} />}
      </Section>

      <Section id="sources-heading" title="Where visitors came from" note="The first page of each visit, by where its link was: a search engine, a social site, another site, or typed in (“Direct”).">
        <CountList label="Sources" rows={report.sources.map((s) => ({ name: s.source, count: s.views }))} empty="Nothing counted in this range." className="max-w-xl" />
      </Section>

      <div className="grid gap-10 lg:grid-cols-2">
        <Section id="searches-heading" title="What visitors searched for">
          <CountList label="Search terms" rows={report.searches.map((s) => ({ name: s.term, count: s.searches }))} empty="Nobody used the site's search in this range." />
        </Section>
        <Section id="not-found-heading" title="Searches that found nothing" note="What visitors look for that the firm has not written about yet.">
          <CountList label="Searches that found nothing" rows={report.notFound.map((s) => ({ name: s.term, count: s.searches }))} empty="Every search found a post." />
        </Section>
      </div>

      <Section id="fallen-heading" title="Posts whose visits fell since their last review" note="Visits a day since the review, against the 30 days before it: a post that fell may need updating.">
        {report.fallen.length === 0 ? (
          <p className="text-slate-700">No reviewed post has fewer visits than before its review.</p>
        ) : (
          <ul className="divide-y divide-slate-200" aria-label="Posts whose visits fell">
            {report.fallen.map((f) => (
              <li key={f.postId} className="flex flex-wrap justify-between gap-4 py-2">
                <a href={f.href} className="text-brand-700 underline">
                  {f.title}
                </a>
                <span>
                  reviewed {f.reviewedDay}: {perDay.format(f.beforePerDay)} → {perDay.format(f.sincePerDay)} a day ({percent.format(f.change)})
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="counting-heading" title="Counting" note="When counting is off, no page sends anything and the contact form carries no visit path. The privacy page says which.">
        <form action={saveVisitCounting} className="flex flex-wrap items-center gap-4">
          <label className="inline-flex min-h-11 items-center gap-2">
            <input type="checkbox" name="visitCounting" defaultChecked={counting} className="h-5 w-5" />
            Count visits to the public site
          </label>
          <button type="submit" className="min-h-11 rounded-md bg-brand-800 px-4 font-medium text-white hover:bg-brand-900">
            Save
          </button>
        </form>
      </Section>
    </div>
  );
}
