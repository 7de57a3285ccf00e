"use client";

import Link from "next/link";
import { ErrorNotice } from "@/components/site/error-notice";
import "./globals.css";

// When even the root layout fails: it brings its own <html> and reads nothing from the server.
export default function GlobalError({ error }: { error: unknown }) {
  return (
    <html lang="en">
      <body className="font-sans">
        <main id="main" className="mx-auto w-full max-w-5xl px-4 py-12">
          <ErrorNotice error={error}>
            <p className="text-lg text-slate-700">
              Please try again in a few minutes. <Link href="/" className="text-brand-700 underline">Go to the home page</Link>
            </p>
          </ErrorNotice>
        </main>
      </body>
    </html>
  );
}
