"use client";

import Link from "next/link";
import { ErrorNotice } from "@/components/site/error-notice";

// Inside the site's layout, so the header's Call button and the footer stay on screen.
export default function SiteError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorNotice error={error} retry={retry}>
      <p className="text-lg text-slate-700">
        If you need a lawyer now, call the number at the top of this page, or{" "}
        <Link href="/contact" className="text-brand-700 underline">
          send us a message
        </Link>
        .
      </p>
    </ErrorNotice>
  );
}
