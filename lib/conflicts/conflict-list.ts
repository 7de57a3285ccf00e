// The conflict list's rules: roles, limits, one entry typed by hand, and a CSV exported
// by a practice-management tool read into entries. No server imports (the page's form
// shows the labels and limits too).
import { z } from "zod";
import "@/lib/forms/zod-jitless";
import { CONFLICT_ROLES, type ConflictRole } from "./conflict-roles";
import { parseCsv } from "@/lib/inquiries/csv";

export const CONFLICT_ROLE_LABELS: Record<ConflictRole, string> = {
  client: "Client",
  opposing_party: "Opposing party (complainant, victim, adverse party)",
  witness: "Witness",
  other: "Other",
};

export const CONFLICT_LIMITS = { name: 200, matter: 200, rows: 5000, fileBytes: 1024 * 1024 } as const;

export const conflictEntrySchema = z.object({
  name: z
    .string({ error: "Enter the person's name." })
    .trim()
    .min(1, "Enter the person's name.")
    .max(CONFLICT_LIMITS.name, `A name can be at most ${CONFLICT_LIMITS.name} characters.`)
    .refine((name) => /\p{L}/u.test(name), "A name needs at least one letter."),
  role: z.enum(CONFLICT_ROLES, { error: "Choose who the person is in the matter." }),
  matter: z.string().trim().max(CONFLICT_LIMITS.matter, `The matter can be at most ${CONFLICT_LIMITS.matter} characters.`).default(""),
});

export type ConflictEntry = z.output<typeof conflictEntrySchema>;

// Column names as practice-management tools and spreadsheets write them, lower case.
const NAME_COLUMNS = ["name", "full name", "contact", "contact name", "party", "party name", "person", "client name"];
const FIRST_COLUMNS = ["first name", "first", "given name"];
const LAST_COLUMNS = ["last name", "last", "surname", "family name"];
const ROLE_COLUMNS = ["role", "type", "relationship", "party type", "contact type"];
const MATTER_COLUMNS = ["matter", "matter name", "case", "case name", "matter number", "case number", "matter id"];

/** A role as the file words it: "Client", "Adverse Party", "Victim", "Witness"… */
export function roleFromText(text: string): ConflictRole {
  const word = text.trim().toLowerCase();
  if (/client|defendant|customer/.test(word)) return "client";
  if (/oppos|advers|victim|complain|plaintiff|petitioner|co-?party/.test(word)) return "opposing_party";
  if (/witness/.test(word)) return "witness";
  return "other";
}

export type CsvImport = { ok: true; entries: ConflictEntry[]; skipped: number } | { ok: false; error: string };

/**
 * The entries of a CSV file: a header row naming at least the name (or first and last
 * name) column; a role and a matter column when there are. Rows without a name are
 * skipped and counted; a role the file does not give is `defaultRole`.
 */
export function readConflictCsv(text: string, defaultRole: ConflictRole): CsvImport {
  const rows = parseCsv(text);
  if (rows.length === 0) return { ok: false, error: "The file is empty." };
  const header = rows[0]!.map((cell) => cell.trim().toLowerCase());
  const column = (names: string[]) => header.findIndex((cell) => names.includes(cell));
  const name = column(NAME_COLUMNS);
  const first = column(FIRST_COLUMNS);
  const last = column(LAST_COLUMNS);
  const role = column(ROLE_COLUMNS);
  const matter = column(MATTER_COLUMNS);
  if (name < 0 && (first < 0 || last < 0)) {
    return { ok: false, error: "The first row must name the columns, with one called “Name” (or “First name” and “Last name”)." };
  }
  if (rows.length - 1 > CONFLICT_LIMITS.rows) return { ok: false, error: `The file has more than ${CONFLICT_LIMITS.rows.toLocaleString("en-US")} rows: split it.` };
  const entries: ConflictEntry[] = [];
  let skipped = 0;
  for (const row of rows.slice(1)) {
    const cell = (i: number) => (i >= 0 ? (row[i] ?? "").trim() : "");
    const parsed = conflictEntrySchema.safeParse({
      name: name >= 0 ? cell(name) : `${cell(first)} ${cell(last)}`,
      role: role >= 0 && cell(role) ? roleFromText(cell(role)) : defaultRole,
      matter: cell(matter).slice(0, CONFLICT_LIMITS.matter),
    });
    if (parsed.success) entries.push(parsed.data);
    else skipped++;
  }
  if (entries.length === 0) return { ok: false, error: "No row of the file has a name." };
  return { ok: true, entries, skipped };
}
