"use client";

import { Button } from "@/components/ui/button";

/**
 * What a person sees when a page fails: a plain apology, a way to try again, and the
 * error's reference (Next's digest, which the server log records with the error) so the
 * office can find it. Never the error's message or stack: those stay in the log.
 */
const WORDS = {
  en: { heading: "Something went wrong on our side", body: "This page could not be shown. Nothing you did caused it.", retry: "Try again", reference: "Reference for the office:" },
  es: { heading: "Algo salió mal de nuestro lado", body: "No se pudo mostrar esta página. Usted no hizo nada para causarlo.", retry: "Intentar de nuevo", reference: "Referencia para la oficina:" },
} as const;

/** `lang`: the page's language (a browser component: its few words live here, not in the server's dictionaries). */
export function ErrorNotice({ error, retry, children, lang = "en" }: { error: unknown; retry?: () => void; children?: React.ReactNode; lang?: "en" | "es" }) {
  const words = WORDS[lang];
  const reference = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  return (
    <div className="max-w-prose space-y-4">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">{words.heading}</h1>
      <p className="text-lg text-slate-700">{words.body}</p>
      {children}
      {retry && (
        <Button type="button" onClick={retry} size="lg">
          {words.retry}
        </Button>
      )}
      {reference && <p className="text-sm text-slate-600">{words.reference} {reference}</p>}
    </div>
  );
}
