"use client";

import { ErrorNotice } from "@/components/site/error-notice";

export default function AdminError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorNotice error={error} retry={retry}>
      <p className="text-lg text-slate-700">What you saved before this is safe. Try again; if it keeps happening, give the reference below to whoever looks after the site.</p>
    </ErrorNotice>
  );
}
