import "server-only";
import type { InquiryListRow } from "@/db/inquiries";
import { toCsv } from "./csv";
import { ABOUT_WHOM, CONTACT_METHODS, CONTACT_TIMES, CUSTODY_STATUSES, MATTER_TYPES, optionLabel } from "./inquiry-form";
import { statusLabel } from "./inquiry-statuses";

const HEADER = [
  "Reference",
  "Received",
  "Status",
  "Urgent",
  "Name",
  "Email",
  "Phone",
  "Contact by",
  "Contact time",
  "About",
  "Person charged",
  "Matter",
  "County",
  "Custody",
  "Court date",
  "Charges",
  "Other people",
  "Message",
  "Heard from",
];

/** The received time as the firm reads it, sortable: "2026-11-28 16:05". */
function localStamp(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The inbox rows as a CSV document, with a BOM so spreadsheets read it as UTF-8. */
export function inquiriesCsv(rows: readonly InquiryListRow[], timeZone: string): string {
  return (
    "\uFEFF" +
    toCsv(
      HEADER,
      rows.map((r) => [
        r.reference,
        localStamp(r.createdAt, timeZone),
        statusLabel(r.status),
        r.urgent ? "yes" : "no",
        r.name,
        r.email,
        r.phone,
        optionLabel(CONTACT_METHODS, r.contactMethod),
        optionLabel(CONTACT_TIMES, r.contactTime),
        optionLabel(ABOUT_WHOM, r.aboutWhom),
        r.personCharged,
        optionLabel(MATTER_TYPES, r.matterType),
        r.county,
        optionLabel(CUSTODY_STATUSES, r.custodyStatus),
        r.courtDate,
        r.charges,
        r.otherParties,
        r.message,
        r.heardFrom,
      ]),
    )
  );
}
