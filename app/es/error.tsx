"use client";

import Link from "next/link";
import { ErrorNotice } from "@/components/site/error-notice";

// Inside the Spanish site's layout, as app/(site)/error.tsx is in the English one.
export default function SpanishSiteError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorNotice error={error} retry={retry} lang="es">
      <p className="text-lg text-slate-700">
        Si necesita un abogado ahora, llame al número que aparece arriba en esta página, o{" "}
        <Link href="/es/contact" className="text-brand-700 underline">
          envíenos un mensaje
        </Link>
        .
      </p>
    </ErrorNotice>
  );
}
