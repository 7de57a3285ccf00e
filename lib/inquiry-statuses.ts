import { INQUIRY_STATUSES } from "@/db/schema";

export type InquiryStatusValue = (typeof INQUIRY_STATUSES)[number];

export const STATUS_LABELS: Record<InquiryStatusValue, string> = {
  new: "New",
  contacted: "Contacted",
  consultation_scheduled: "Consultation scheduled",
  retained: "Retained",
  declined: "Declined",
  conflict: "Conflict",
  spam: "Spam",
  closed: "Closed",
};

export const STATUS_OPTIONS = INQUIRY_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }));

export function isInquiryStatus(value: unknown): value is InquiryStatusValue {
  return typeof value === "string" && (INQUIRY_STATUSES as readonly string[]).includes(value);
}

export function statusLabel(value: string | null | undefined): string {
  return value && isInquiryStatus(value) ? STATUS_LABELS[value] : (value ?? "");
}
