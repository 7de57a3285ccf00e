import { jsonLdText } from "@/lib/seo/structured-data";

/**
 * Structured data for search engines. The text is escaped by jsonLdText() (no <, > or &
 * survives), so React writes it into the script element as it is.
 */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json">{jsonLdText(data)}</script>;
}
