"use client";

import { FINDING_ADVICE, type Finding } from "@/lib/publishing/restricted-words";

const FIELD_NAMES: Record<string, string> = { title: "Title", excerpt: "Excerpt", body: "Body" };

/**
 * The check before publishing: each place a word that advertising rules restrict appears,
 * with the words around it, and why. A warning: publishing stays possible.
 */
export function RestrictedWordsPanel({ findings }: { findings: Finding[] }) {
  return (
    <section aria-labelledby="restricted-heading" className={`space-y-2 rounded-md border p-4 ${findings.length ? "border-amber-500 bg-amber-50" : "border-slate-300"}`}>
      <h2 id="restricted-heading" className="font-semibold text-brand-900">
        Advertising rules check
      </h2>
      {findings.length === 0 ? (
        <p className="text-sm text-slate-700">No restricted words found.</p>
      ) : (
        <>
          <p className="text-sm text-amber-950">
            <strong>
              {findings.length === 1 ? "1 place to check" : `${findings.length} places to check`} before publishing.
            </strong>{" "}
            They are highlighted in the text. You can still publish.
          </p>
          <ul className="space-y-2 text-sm text-slate-900">
            {findings.map((finding, i) => (
              <li key={`${finding.field}:${finding.index}:${i}`}>
                <span className="font-medium">{FIELD_NAMES[finding.field] ?? finding.field}:</span> {finding.before}
                <mark className="restricted-word">{finding.match}</mark>
                {finding.after}
                <span className="block text-xs text-slate-700">{FINDING_ADVICE[finding.kind]}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
