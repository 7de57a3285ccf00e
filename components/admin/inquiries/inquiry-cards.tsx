import Link from "next/link";
import { InquiryFlags } from "./inquiry-flags";
import type { InquiryListRow } from "@/db/inquiries/inquiries";
import { formatAge, formatCalendarDate, formatDateTime } from "@/lib/dates/format";
import { CUSTODY_STATUSES, optionLabel } from "@/lib/inquiries/inquiry-form";
import { statusLabel } from "@/lib/inquiries/inquiry-statuses";
import { ContactActions } from "./contact-actions";
import { cameFrom } from "@/lib/visits/came-from";

const badge = "rounded px-1.5 py-0.5 text-xs font-semibold";

/**
 * The inbox on a phone: one card per inquiry, everything that decides what to do first
 * (urgency, custody, court date, status, how long ago) without scrolling sideways, and
 * the person's way of being reached one tap away.
 */
export function InquiryCards({ rows, timeZone, firmName, now }: { rows: InquiryListRow[]; timeZone: string; firmName: string; now: Date }) {
  return (
    <ul aria-label="Inquiries, urgent first, then newest first" className="space-y-3">
      {rows.map((row) => {
        const unread = row.readAt === null;
        const path = cameFrom(row);
        return (
          <li
            key={row.id}
            data-reference={row.reference}
            className={`space-y-2 rounded-lg border p-3 ${row.urgent ? "border-red-700 border-l-8" : "border-slate-300"} ${unread ? "bg-brand-50" : "bg-white"}`}
          >
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
              <Link href={`/admin/inquiries/${row.id}`} prefetch={false} className="inline-flex min-h-11 items-center text-lg font-semibold text-brand-800 underline">
                {row.name}
              </Link>
              <span className="text-sm text-slate-700">
                <time dateTime={row.createdAt.toISOString()} title={formatDateTime(row.createdAt, timeZone)}>
                  {formatAge(row.createdAt, now)}
                </time>
              </span>
            </div>
            <p className="flex flex-wrap gap-1.5">
              <InquiryFlags
                flags={[
                  row.urgent && { label: "Urgent", className: `${badge} bg-red-700 text-white` },
                  unread && { label: "Unread", className: `${badge} bg-brand-800 text-white` },
                  { label: statusLabel(row.status), className: `${badge} bg-slate-200 text-slate-900` },
                  row.mailFailed && { label: "Mail not sent", className: `${badge} bg-amber-200 text-amber-950` },
                  row.language === "es" && { label: "Spanish", className: `${badge} bg-brand-100 text-brand-900` },
                ]}
              />
            </p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
              <dt className="text-slate-700">Custody</dt>
              <dd className="font-medium text-slate-900">{optionLabel(CUSTODY_STATUSES, row.custodyStatus) || "—"}</dd>
              <dt className="text-slate-700">Court date</dt>
              <dd className="font-medium text-slate-900">{formatCalendarDate(row.courtDate) || "—"}</dd>
              <dt className="text-slate-700">Reference</dt>
              <dd className="font-mono text-slate-900">{row.reference}</dd>
              {path && (
                <>
                  <dt className="text-slate-700">Came from</dt>
                  <dd className="text-slate-900">{path}</dd>
                </>
              )}
            </dl>
            <ContactActions inquiry={row} firmName={firmName} />
          </li>
        );
      })}
    </ul>
  );
}
