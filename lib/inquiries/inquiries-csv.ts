import "server-only";
import type { InquiryListRow } from "@/db/inquiries/inquiries";
import { toCsv } from "./csv";
import { formatSortableStamp } from "@/lib/dates/format";
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

/** The inbox rows as a CSV document, with a BOM so spreadsheets read it as UTF-8. */
export function inquiriesCsv(rows: readonly InquiryListRow[], timeZone: string): string {
  return (
    "\uFEFF" +
    toCsv(
      HEADER,
      rows.map((r) => [
        r.reference,
        formatSortableStamp(r.createdAt, timeZone),
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
