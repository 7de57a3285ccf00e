"use client";

import { Button } from "@/components/ui/button";

/**
 * What a person sees when a page fails: a plain apology, a way to try again, and the
 * error's reference (Next's digest, which the server log records with the error) so the
 * office can find it. Never the error's message or stack: those stay in the log.
 */
export function ErrorNotice({ error, retry, children }: { error: unknown; retry?: () => void; children?: React.ReactNode }) {
  const reference = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  return (
    <div className="max-w-prose space-y-4">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">Something went wrong on our side</h1>
      <p className="text-lg text-slate-700">This page could not be shown. Nothing you did caused it.</p>
      {children}
      {retry && (
        <Button type="button" onClick={retry} size="lg">
          Try again
        </Button>
      )}
      {reference && <p className="text-sm text-slate-600">Reference for the office: {reference}</p>}
    </div>
  );
}
