import type { Metadata } from "next";
import { ScrollBox } from "@/components/ui/scroll-box";
import Link from "next/link";
import { FormMessage } from "@/components/ui/form-message";
import { InquiryFlags } from "@/components/admin/inquiries/inquiry-flags";
import { Select } from "@/components/ui/select";
import { TextInput } from "@/components/ui/text-input";
import { Pagination } from "@/components/blog/pagination";
import { InquiryCards } from "@/components/admin/inquiries/inquiry-cards";
import { cameFrom } from "@/lib/visits/came-from";
import { MailProblemText } from "@/components/admin/inquiries/mail-problem";
import { countInquiries, listInquiries } from "@/db/inquiries/inquiries";
import { listStuckOutbox } from "@/db/outbox";
import { requireUser } from "@/lib/accounts/auth";
import { formatCalendarDate, formatDateTime } from "@/lib/dates/format";
import { CUSTODY_STATUSES, MATTER_TYPES, optionLabel } from "@/lib/inquiries/inquiry-form";
import { filterQuery, inquiryListFilter } from "@/lib/inquiries/inquiry-list-filter";
import { STATUS_OPTIONS, statusLabel } from "@/lib/inquiries/inquiry-statuses";
import { urgencyWindow } from "@/lib/inquiries/inquiry-urgency";
import { mailServerConfigured } from "@/lib/mail/mail";
import { describeMailProblem } from "@/lib/mail/mail-problems";
import { callHref, textHref } from "@/lib/site/phone";
import { getSiteSettings } from "@/lib/site/settings";
import { parsePageNumber } from "@/lib/http/url-params";
import { Button, buttonClass } from "@/components/ui/button";

// Page 2 of a list is told apart from page 1 in the tab's title (WCAG 2.4.2).
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const page = parsePageNumber((await searchParams).page) ?? 1;
  return { title: page > 1 ? `Inquiries, page ${page}` : "Inquiries", robots: { index: false } };
}

type SearchParams = Promise<{ status?: string | string[]; name?: string | string[]; language?: string | string[]; deleted?: string | string[]; page?: string | string[] }>;

const PER_PAGE = 50;

export default async function InquiriesPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const filter = inquiryListFilter(params);
  await requireUser({ returnTo: `/admin/inquiries${filterQuery(filter)}`, role: "owner" });
  const site = getSiteSettings();
  const pageCount = Math.max(1, Math.ceil(countInquiries(filter) / PER_PAGE));
  // A malformed page number shows the first page; one past the end, the last.
  const page = Math.min(parsePageNumber(params.page) ?? 1, pageCount);
  const rows = listInquiries(filter, urgencyWindow(site.timeZone), { limit: PER_PAGE, offset: (page - 1) * PER_PAGE });
  const pageHref = (n: number) => {
    const query = new URLSearchParams(filterQuery(filter));
    if (n > 1) query.set("page", String(n));
    return `/admin/inquiries${query.size ? `?${query}` : ""}`;
  };
  const stuck = listStuckOutbox(5 * 60_000);
  const deleted = typeof params.deleted === "string" ? params.deleted : undefined;

  const smtp = mailServerConfigured();
  const now = new Date();

  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">Inquiries</h1>

      {deleted && (
        <FormMessage ok>
          Inquiry {deleted} was deleted.
        </FormMessage>
      )}

      {stuck.length > 0 && (
        <section aria-labelledby="stuck-mail-heading" className="rounded-md border-2 border-amber-600 bg-amber-50 px-3">
          {/* Folded, so on a phone the inquiries stay above the fold; the words say what to fix. */}
          <details>
            <summary className="cursor-pointer py-2">
              <h2 id="stuck-mail-heading" className="inline font-semibold text-amber-950">
                Mail that could not be sent ({stuck.length})
              </h2>
            </summary>
            <p className="text-amber-950">These notifications are still in the outbox and are tried again. The inquiries themselves are safe.</p>
            <ul className="mt-2 space-y-2 pb-3 text-sm text-slate-900">
              {stuck.map((mail) => (
                <li key={mail.id}>
                  {mail.inquiryId ? (
                    <Link href={`/admin/inquiries/${mail.inquiryId}`} className="font-medium underline">
                      {mail.subject}
                    </Link>
                  ) : (
                    mail.subject
                  )}
                  {` (queued ${formatDateTime(mail.createdAt, site.timeZone)}): `}
                  <MailProblemText problem={describeMailProblem(mail, smtp)} />
                </li>
              ))}
            </ul>
          </details>
        </section>
      )}

      <form method="get" role="search" aria-label="Filter inquiries" className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="filter-status" className="block text-sm font-medium text-slate-900">
            Status
          </label>
          <Select id="filter-status" name="status" defaultValue={filter.status ?? ""}>
            <option value="">All statuses</option>
            {STATUS_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="filter-language" className="block text-sm font-medium text-slate-900">
            Language
          </label>
          <Select id="filter-language" name="language" defaultValue={filter.language ?? ""}>
            <option value="">All languages</option>
            <option value="en">English</option>
            <option value="es">Spanish</option>
          </Select>
        </div>
        <div>
          <label htmlFor="filter-name" className="block text-sm font-medium text-slate-900">
            Name
          </label>
          <TextInput id="filter-name" name="name" type="search" defaultValue={filter.name ?? ""} />
        </div>
        <Button type="submit">
          Show
        </Button>
        {(filter.status || filter.name || filter.language) && (
          <Link href="/admin/inquiries" className="inline-flex min-h-11 items-center px-2 text-brand-700 underline">
            Clear
          </Link>
        )}
      </form>

      {rows.length === 0 ? (
        <p className="text-slate-700">No inquiries{filter.status || filter.name || filter.language ? " match this filter" : " yet"}.</p>
      ) : (
        <>
          {/* A phone gets cards (nothing to scroll sideways); a wider screen the table. Only one is ever displayed. */}
          <div className="md:hidden">
            <InquiryCards rows={rows} timeZone={site.timeZone} firmName={site.firmName} now={now} />
          </div>
          <div className="hidden md:block">
            <ScrollBox label="Inquiries">
              <table className="w-full border-collapse text-left text-sm">
                <caption className="sr-only">Inquiries, urgent first, then newest first</caption>
                <thead>
                  <tr className="border-b-2 border-slate-300 text-slate-700">
                    <th scope="col" className="p-2">Reference</th>
                    <th scope="col" className="p-2">Received</th>
                    <th scope="col" className="p-2">Name</th>
                    <th scope="col" className="p-2">Matter</th>
                    <th scope="col" className="p-2">County</th>
                    <th scope="col" className="p-2">Custody</th>
                    <th scope="col" className="p-2">Court date</th>
                    <th scope="col" className="p-2">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => {
                    const unread = row.readAt === null;
                    const path = cameFrom(row);
                    return (
                      <tr key={row.id} data-reference={row.reference} className={`border-b border-slate-200 ${unread ? "bg-brand-50 font-semibold" : ""}`}>
                        <td className="p-2">
                          <Link href={`/admin/inquiries/${row.id}`} prefetch={false} className="inline-flex min-h-11 items-center font-mono text-brand-700 underline">
                            {row.reference}
                          </Link>
                          <InquiryFlags
                            flags={[
                              unread && { label: "Unread", className: "ml-2 rounded bg-brand-800 px-1.5 py-0.5 text-xs text-white" },
                              row.urgent && { label: "Urgent", className: "ml-2 rounded bg-red-700 px-1.5 py-0.5 text-xs text-white" },
                              row.mailFailed && { label: "Mail not sent", className: "ml-2 rounded bg-amber-200 px-1.5 py-0.5 text-xs text-amber-950" },
                              row.language === "es" && { label: "Spanish", className: "ml-2 rounded bg-brand-100 px-1.5 py-0.5 text-xs text-brand-900" },
                            ]}
                          />
                        </td>
                        <td className="p-2 whitespace-nowrap">{formatDateTime(row.createdAt, site.timeZone)}</td>
                        {/* The name leads to the inquiry too (it is what the attorney looks for), and the phone can be called or texted from here, as on the phone's cards. */}
                        <td className="p-2">
                          <Link href={`/admin/inquiries/${row.id}`} prefetch={false} className="text-brand-700 underline">
                            {row.name}
                          </Link>
                          {path && <span className="block text-xs font-normal text-slate-700">Came from: {path}</span>}
                          {row.phone && callHref(row.phone) && (
                            <span className="mt-1 flex flex-wrap gap-x-3 text-sm font-normal">
                              <span className="whitespace-nowrap text-slate-700">{row.phone}</span>
                              <a href={callHref(row.phone)} className="text-brand-700 underline">
                                Call<span className="sr-only"> {row.name}</span>
                              </a>
                              {textHref(row.phone) && (
                                <a href={textHref(row.phone)} className="text-brand-700 underline">
                                  Text<span className="sr-only"> {row.name}</span>
                                </a>
                              )}
                            </span>
                          )}
                        </td>
                        <td className="p-2">{optionLabel(MATTER_TYPES, row.matterType)}</td>
                        <td className="p-2">{row.county}</td>
                        <td className="p-2">{optionLabel(CUSTODY_STATUSES, row.custodyStatus)}</td>
                        <td className="p-2 whitespace-nowrap">{formatCalendarDate(row.courtDate)}</td>
                        <td className="p-2">{statusLabel(row.status)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </ScrollBox>
          </div>
        </>
      )}
      <Pagination page={page} pageCount={pageCount} href={pageHref} label="Pages of inquiries" previous="Newer" next="Older" />

      <nav aria-label="More about inquiries" className="flex flex-wrap gap-3 border-t border-slate-200 pt-4">
        <a href={`/admin/inquiries/export${filterQuery(filter)}`} className={buttonClass({ variant: "secondary", className: "inline-flex items-center" })}>
          Export these as CSV
        </a>
        <Link href="/admin/inquiries/conflicts" className="inline-flex min-h-11 items-center px-2 text-brand-700 underline">
          Conflict list
        </Link>
        <Link href="/admin/inquiries/settings" className="inline-flex min-h-11 items-center px-2 text-brand-700 underline">
          Intake settings
        </Link>
      </nav>
    </div>
  );
}
