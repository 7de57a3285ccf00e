// The dry-run report and the import's outcome in words, per post: shared by the terminal
// (scripts/import.ts) and the Import screen, so both say the same thing.
import type { ImportItemRow, ImportRun, ReportRow } from "@/db/imports";
import { publicPath } from "@/lib/posts/post-paths";
import type { SourceStatus } from "./import-item";
import type { ItemPlan } from "./plan-item";

export const PLAN_WORDS: Record<ItemPlan, string> = {
  create: "Will be imported",
  update: "Will be updated (changed on the old site)",
  unchanged: "Already imported, unchanged",
  "keep-local": "Edited here since: left as it is",
  skip: "Left out",
};

export const RUN_STATUS_WORDS: Record<ImportRun["status"], string> = {
  reading: "being read, nothing imported yet",
  planned: "read, not imported yet",
  running: "importing",
  done: "imported",
  failed: "stopped on a problem",
  cancelled: "cancelled",
};

const STATUS_WORDS = { published: "published", scheduled: "scheduled", draft: "draft", skipped: "not imported" } as const;

export type ReportLine = {
  id: number;
  title: string;
  kind: "post" | "page";
  plan: ItemPlan;
  planWords: string;
  status: string;
  date: string | null;
  author: string | null;
  path: string | null;
  tags: string[];
  warnings: string[];
  outcome: ImportItemRow["status"];
  message: string | null;
};

export function reportLines(rows: ReportRow[]): ReportLine[] {
  return rows
    .filter((row) => row.kind !== "attachment")
    .map((row) => {
      const kind = row.kind as "post" | "page";
      const plan = (row.plan ?? "skip") as ItemPlan;
      return {
        id: row.id,
        title: row.title || "Untitled",
        kind,
        plan,
        planWords: PLAN_WORDS[plan],
        status: STATUS_WORDS[(row.itemStatus ?? "skipped") as SourceStatus] ?? STATUS_WORDS.skipped,
        date: row.date,
        author: row.author,
        path: row.plannedSlug ? publicPath(kind, row.plannedSlug) : null,
        tags: row.tags,
        warnings: row.warnings,
        outcome: row.status,
        message: row.message,
      };
    });
}

export function describeRun(run: ImportRun, rows: ReportRow[]): string {
  const lines = reportLines(rows);
  const out = [`${run.label}: ${lines.length} posts and pages${run.siteUrl ? ` from ${run.siteUrl}` : ""}`];
  for (const note of run.notes) out.push(`  note: ${note}`);
  for (const line of lines) {
    out.push(`- ${line.title} (${line.kind}, ${line.status}${line.date ? `, ${line.date.slice(0, 10)}` : ""}${line.author ? `, by ${line.author}` : ""})`);
    out.push(`    ${line.planWords}${line.path ? ` at ${line.path}` : ""}`);
    for (const warning of line.warnings) out.push(`    ! ${warning}`);
  }
  const warnings = lines.reduce((n, l) => n + l.warnings.length, 0);
  out.push(`${lines.filter((l) => l.plan === "create").length} to import, ${lines.filter((l) => l.plan === "update").length} to update, ${warnings} warning${warnings === 1 ? "" : "s"}.`);
  return out.join("\n");
}
