import type { InquiryListFilter } from "@/db/inquiries/inquiries";
import { isInquiryStatus } from "./inquiry-statuses";
import { isLang } from "@/lib/i18n/languages";

/** The inbox's filter from query parameters (?status=…&name=…&language=es), ignoring anything unknown. */
export function inquiryListFilter(params: { status?: string | string[] | null; name?: string | string[] | null; language?: string | string[] | null }): InquiryListFilter {
  const status = typeof params.status === "string" && isInquiryStatus(params.status) ? params.status : undefined;
  const name = typeof params.name === "string" ? params.name.trim().slice(0, 100) : "";
  const language = isLang(params.language) ? params.language : undefined;
  return { ...(status ? { status } : {}), ...(name ? { name } : {}), ...(language ? { language } : {}) };
}

/** The same filter as a query string ("" or "?status=new&name=smith"). */
export function filterQuery(filter: InquiryListFilter): string {
  const params = new URLSearchParams();
  if (filter.status) params.set("status", filter.status);
  if (filter.name) params.set("name", filter.name);
  if (filter.language) params.set("language", filter.language);
  const text = params.toString();
  return text ? `?${text}` : "";
}
