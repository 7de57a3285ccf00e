// An inquiry's statuses, in the inbox's order; the column db/schema.ts declares takes these values.
export const INQUIRY_STATUSES = [
  "new",
  "contacted",
  "consultation_scheduled",
  "retained",
  "declined",
  "conflict",
  "spam",
  "closed",
] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

export const STATUS_LABELS: Record<InquiryStatus, string> = {
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

export function isInquiryStatus(value: unknown): value is InquiryStatus {
  return typeof value === "string" && (INQUIRY_STATUSES as readonly string[]).includes(value);
}

export function statusLabel(value: string | null | undefined): string {
  return value && isInquiryStatus(value) ? STATUS_LABELS[value] : (value ?? "");
}
