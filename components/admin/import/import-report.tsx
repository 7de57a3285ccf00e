import Link from "next/link";
import { formatDate } from "@/lib/dates/format";
import type { ReportLine } from "@/lib/import/run-report";

const OUTCOME = { pending: "Waiting", done: "Done", failed: "Failed", skipped: "Left as it was" } as const;

/** Per post: what the import will do (or did), where it will live, and every warning. */
export function ImportReport({ lines, timeZone, started }: { lines: ReportLine[]; timeZone: string; started: boolean }) {
  const warnings = lines.reduce((n, l) => n + l.warnings.length, 0);
  return (
    <section aria-labelledby="report-heading" className="space-y-3">
      <h2 id="report-heading" className="text-xl font-semibold text-brand-900">
        {lines.length} posts and pages, {warnings} warning{warnings === 1 ? "" : "s"}
      </h2>
      <ol className="space-y-3">
        {lines.map((line) => (
          <li key={line.id} className="rounded-md border border-slate-300 p-3" data-testid="report-line">
            <h3 className="font-semibold text-slate-900">{line.title}</h3>
            <p className="text-sm text-slate-700">
              {line.kind === "page" ? "Page" : "Post"}, {line.status} on the old site
              {line.date ? `, ${formatDate(new Date(line.date), timeZone)}` : ""}
              {line.author ? `, by ${line.author}` : ""}
              {line.tags.length ? ` · ${line.tags.join(", ")}` : ""}
            </p>
            <p>
              {started ? (
                <strong>{line.outcome === "done" ? line.message : OUTCOME[line.outcome]}</strong>
              ) : (
                <strong>{line.planWords}</strong>
              )}
              {line.path &&
                (started && line.outcome === "done" && line.status === "published" ? (
                  <>
                    {" "}
                    at{" "}
                    <Link href={line.path} className="text-brand-800 underline">
                      {line.path}
                    </Link>
                  </>
                ) : (
                  ` at ${line.path}`
                ))}
              {line.outcome === "failed" && line.message ? `: ${line.message}` : ""}
            </p>
            {line.warnings.length > 0 && (
              <ul className="mt-1 list-disc space-y-0.5 pl-6 text-sm text-amber-900">
                {line.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
