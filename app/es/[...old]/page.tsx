import type { Metadata } from "next";
import { MissingPage } from "@/components/site/missing-page";
import { dictionary } from "@/lib/i18n/dictionary";

// Any address under /es that the Spanish site does not have: its 404 page, in Spanish.
export function generateStaticParams() {
  return [];
}

export const metadata: Metadata = { title: dictionary("es").notFound.title };

export default function SpanishMissingPage() {
  return <MissingPage lang="es" />;
}
