"use client";

import { ErrorNotice } from "@/components/site/error-notice";

// Errors in the admin outside its panel's own boundary (the sign-in page, for one).
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-12">
      <ErrorNotice error={error} retry={retry} />
    </main>
  );
}
